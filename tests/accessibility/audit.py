"""Accessibility audit of the real editor over AT-SPI, as a screen reader sees it.

Starts whop-profile-editor --demo under the X server, window manager and accessibility bus that
run-audit.sh provides, drives it with the keyboard only into its main states and dialogs, and
checks in each:
  unnamed      a control that can take focus has no name (nothing to announce);
  hidden-text  a label announces a caption instead of the value it shows (two labels side by
               side with one name), or a text the screen shows is announced nowhere;
  combo-value  a combo box is announced only by its current value (no label relation);
  image        a picture without a text alternative;
  tab          a control that can take focus cannot be reached with Tab;
  message      a field's visible problem message is not the field's description;
  picture      the profile picture's description does not say what it shows (the demo's
               picture, once loaded).
States: the main window, a username problem, Add identity and its sign-in guide, Manage
identities, About, the file chooser and the framing dialog, Preferences, All Accounts, History
with a saved change, a save
conflict, the unsaved-changes question and the draft offered back after a killed session.
Buttons' names are compared with their visible text in-process (tests/accessibility/
tst_accessible_names.cpp): AT-SPI does not expose a button's text apart from its name.

Usage: audit.py <whop-profile-editor>
Exit code 0 when every state passes; the problems found otherwise.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import struct
import time
import zlib

import pyatspi

from atspi import (CONTROL_ROLES, active_window, find_application, focused_path, key, settle,
                   snapshot, type_text, wait_for, wait_for_active, windows)

APP_NAME = "Whop Profile Editor"


class Audit:
    def __init__(self, binary, picture):
        self.binary = binary
        self.picture = picture
        self.home = tempfile.mkdtemp(prefix="whop-a11y-")
        self.problems = []
        self.checked = []
        self.process = None
        self.app = None

    # --- the program ------------------------------------------------------------------------
    def start(self, expect_main_active=True):
        env = dict(os.environ)
        env.update(HOME=self.home, XDG_CONFIG_HOME=self.home + "/config",
                   XDG_DATA_HOME=self.home + "/data", XDG_CACHE_HOME=self.home + "/cache",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                   QT_ACCESSIBILITY="1")
        self.process = subprocess.Popen([self.binary, "--demo"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.app = find_application(APP_NAME)
        if self.app is None:
            raise SystemExit("audit: the editor never appeared on the accessibility bus")
        loaded = (lambda: wait_for_active(self.app, lambda w: "@" in w.name, timeout=30)) \
            if expect_main_active else \
            (lambda: wait_for(lambda: any("@" in w.name for w in windows(self.app)), 30))
        if not loaded():
            seen = [(w.getRoleName(), w.name, w.getState().contains(pyatspi.STATE_ACTIVE))
                    for w in windows(self.app)]
            raise SystemExit("audit: the demo profile never loaded; windows: %r" % seen)
        settle(0.5)

    def stop(self, kill=False):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            self.process.wait(10)
        self.process = None

    # --- rules ------------------------------------------------------------------------------
    def problem(self, state, rule, node, detail=""):
        self.problems.append("%s: [%s] %s%s" % (state, rule, node.describe(),
                                                 (" — " + detail) if detail else ""))

    def check_window(self, state, window, expect_announced=(), tab=True):
        """Applies every rule to the window; expect_announced lists texts the screen shows that
        some name or description must carry."""
        self.checked.append(state)
        nodes = snapshot(window)
        showing = [n for n in nodes if n.showing]
        for n in showing:
            control = n.role in CONTROL_ROLES and not n.inside("combo box") \
                and not n.inside("menu")
            if control and n.focusable and not n.name.strip() and not n.labelled_by():
                self.problem(state, "unnamed", n)
            if n.role == "combo box" and not n.labelled_by() and not n.description:
                self.problem(state, "combo-value", n, "no label relation: only its value is "
                                                      "announced")
            if n.role == "image" and not n.name.strip():
                self.problem(state, "image", n, "no text alternative")
        # A caption and a value label with the same name: the value is not announced.
        for n in showing:
            if n.role != "label" or not n.name or n.parent is None:
                continue
            twins = [s for s in n.parent.children
                     if s is not n and s.role == "label" and s.showing and s.name == n.name]
            if twins and n.path > twins[0].path:
                self.problem(state, "hidden-text", n, "announced like the label beside it")
        announced = " \n".join(n.name + " \n" + n.description + " \n" + n.text() for n in nodes)
        for text in expect_announced:
            if text not in announced:
                self.problem(state, "hidden-text", nodes[0], "shows %r, announced nowhere" % text)
        # A field's visible problem message is its description.
        if tab:
            self.check_tab(state, window, showing)

    def tab_round(self, state, window, wanted, seen):
        """Presses Tab through the window once (twice its controls, and a few more), noting
        where the focus is before each press."""
        for _ in range(len(wanted) * 2 + 6):
            path = focused_path(window)
            if os.environ.get("WHOP_AUDIT_DEBUG"):
                print("%s: focus at %s" % (state, path))
            if path is not None:
                seen.add(path)
                # a focused object that is a part of a control (the bio's viewport) counts for it
                for w in wanted:
                    if path[:len(w)] == w:
                        seen.add(w)
            key("Tab")

    def check_tab(self, state, window, showing):
        wanted = {n.path: n for n in showing
                  if n.role in CONTROL_ROLES and n.focusable and n.enabled
                  and not n.inside("combo box") and not n.inside("menu")
                  and not n.inside("menu bar")}
        seen = set()
        start = focused_path(window)
        # Round after round of Tab (at most three): under load the program's answers lag
        # behind the keys and a reading may miss a control that the next round reaches.
        rounds = 0
        while rounds < 3 and (rounds == 0 or any(p not in seen for p in wanted)):
            rounds += 1
            self.tab_round(state, window, wanted, seen)
        for path, n in wanted.items():
            if path in seen:
                continue
            # Radio buttons of one group are one stop: Tab reaches the checked one, the arrow
            # keys the others (the keyboard model screen-reader users expect).
            if n.role == "radio button" and any(
                    p[:-1] == path[:-1] and wanted[p].role == "radio button" for p in seen
                    if p in wanted):
                continue
            self.problem(state, "tab", n, "never focused by Tab")
        # Back where it started: nothing else changed.
        if start is not None:
            wait_for(lambda: focused_path(window) is not None, 2)

    # --- states -----------------------------------------------------------------------------
    def main_window(self):
        return wait_for_active(self.app, lambda w: "@" in w.name)

    def dialog(self, title_part):
        return wait_for_active(self.app, lambda w: title_part in w.name and "@" not in w.name)

    def close_dialog(self, state):
        key("Escape")
        if not self.main_window():
            self.problems.append("%s: [keys] Escape did not close the dialog" % state)

    def run(self):
        self.start()
        main = self.main_window()
        self.check_window("main window", main, expect_announced=("user_DemoCreator01",))
        # The picture says what it shows: the demo's picture once it has arrived, not "No
        # picture" (the words it had before).
        def picture_description():
            node = next((n for n in snapshot(main) if n.name == "Profile picture"), None)
            return node.description if node is not None else None
        if not wait_for(lambda: (picture_description() or "").startswith("Picture shown."), 10):
            self.problems.append("main window: [picture] the picture is described as %r"
                                 % picture_description())

        # A field problem: Alt+U reaches the username, a space makes it invalid.
        key("alt+u")
        key("End")
        type_text(" x")
        settle(0.5)
        main = self.main_window()
        nodes = snapshot(main)
        field = next((n for n in nodes if n.role == "text" and n.focused), None)
        if field is None:
            self.problems.append("username problem: [keys] Alt+U did not focus a field")
        else:
            messages = [n.name for n in nodes
                        if n.role == "label" and n.showing and "username" in n.name.lower()
                        and n.name != field.name and len(n.name) > 20]
            if not field.description or field.description not in messages:
                self.problem("username problem", "message", field,
                             "the visible message %r is not its description (%r)"
                             % (messages[:1], field.description))
        self.check_window("username problem", main, tab=False)
        key("ctrl+z")
        key("ctrl+z")
        settle(0.3)

        key("alt+i")
        key("a")
        dlg = self.dialog("identity")
        if dlg is None:
            self.problems.append("add identity: [keys] Identity → Add identity… did not open")
        else:
            self.check_window("add identity", dlg)
            # Set up sign-in… (Alt+U): the guide to Whop's developer dashboard; Escape goes
            # back to Add identity.
            key("alt+u")
            guide = self.dialog("Set up sign-in")
            if guide is None:
                self.problems.append("sign-in guide: [keys] Alt+U in Add identity opened nothing")
            else:
                self.check_window("sign-in guide", guide)
                key("Escape")
                if self.dialog("identity") is None:
                    self.problems.append("sign-in guide: [keys] Escape did not go back")
            self.close_dialog("add identity")

        key("alt+i")
        key("m")
        dlg = self.dialog("dentit")
        if dlg is None:
            self.problems.append("manage identities: [keys] Identity → Manage… did not open")
        else:
            self.check_window("manage identities", dlg)
            self.close_dialog("manage identities")

        key("alt+h")
        key("a")
        dlg = self.dialog("About")
        if dlg is None:
            self.problems.append("about: [keys] Help → About did not open")
        else:
            self.check_window("about", dlg, tab=False)
            self.close_dialog("about")

        # The picture: Ctrl+Shift+O, the path typed into the file dialog, Enter → framing.
        key("ctrl+shift+O")
        chooser = wait_for_active(self.app, lambda w: "@" not in w.name)
        if chooser is None:
            self.problems.append("picture: [keys] Ctrl+Shift+O opened nothing")
        else:
            self.check_window("choose picture", chooser, tab=False)
            type_text(self.picture)
            key("Return")
            crop = wait_for_active(self.app, lambda w: "@" not in w.name and w != chooser, 15)
            if crop is None:
                self.problems.append("picture: [keys] the framing dialog did not open")
            else:
                self.check_window("frame picture", crop)
                self.close_dialog("frame picture")

        # Preferences (Ctrl+,), Escape closes them.
        key("ctrl+,")
        dlg = self.dialog("Preferences")
        if dlg is None:
            self.problems.append("preferences: [keys] Ctrl+, did not open Preferences")
        else:
            self.check_window("preferences", dlg)
            self.close_dialog("preferences")

        # All Accounts (Ctrl+Shift+A), once the accounts are listed.
        key("ctrl+shift+A")
        dlg = self.dialog("All Accounts")
        if dlg is None:
            self.problems.append("all accounts: [keys] Ctrl+Shift+A did not open All Accounts")
        else:
            settle(2)
            self.check_window("all accounts", dlg)
            self.close_dialog("all accounts")

        # History (Ctrl+H), with one saved change in it.
        key("alt+n")
        key("End")
        type_text(" Saved")
        key("ctrl+s")
        settle(1)
        key("ctrl+h")
        dlg = self.dialog("History")
        if dlg is None:
            self.problems.append("history: [keys] Ctrl+H did not open History")
        else:
            settle(1)
            self.check_window("history", dlg)
            self.close_dialog("history")

        # A save that meets a change made on Whop meanwhile (the demo stages one with
        # Ctrl+Alt+Shift+E): the conflict dialog.
        key("alt+b")
        type_text(" more")
        key("ctrl+alt+shift+E")
        settle(1)
        key("ctrl+s")
        dlg = self.dialog("Changed on Whop")
        if dlg is None:
            self.problems.append("save conflict: [keys] Ctrl+S after a change elsewhere asked nothing")
        else:
            self.check_window("save conflict", dlg)
            self.close_dialog("save conflict")

        # Unsaved changes, then Ctrl+Q: the prompt.
        key("alt+n")
        type_text("!")
        key("ctrl+q")
        dlg = wait_for_active(self.app, lambda w: "@" not in w.name)
        if dlg is None:
            self.problems.append("unsaved prompt: [keys] Ctrl+Q with changes asked nothing")
        else:
            self.check_window("unsaved changes", dlg)
            self.close_dialog("unsaved changes")

        # A draft left by a killed process is offered back at the next start.
        time.sleep(2.5)  # the draft is written a moment after the last keystroke
        self.stop(kill=True)
        self.start(expect_main_active=False)
        dlg = wait_for_active(self.app, lambda w: "@" not in w.name, timeout=15)
        if dlg is None:
            self.problems.append("draft recovery: [keys] no offer after a killed session")
        else:
            self.check_window("recover draft", dlg)
            self.close_dialog("recover draft")
        self.stop()


def write_png(path, size=400):
    """A gradient picture for the framing dialog (the pipeline refuses under 128 px)."""
    raw = b"".join(b"\x00" + b"".join(bytes((x * 255 // size, y * 255 // size, 160))
                                      for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw)))
        f.write(chunk(b"IEND", b""))


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    picture = os.path.join(tempfile.mkdtemp(prefix="whop-a11y-picture-"), "portrait.png")
    write_png(picture)
    audit = Audit(sys.argv[1], picture)
    try:
        audit.run()
    finally:
        audit.stop()
        if not os.environ.get("WHOP_AUDIT_KEEP"):
            shutil.rmtree(audit.home, ignore_errors=True)
        else:
            print("kept " + audit.home)
    print("audited: " + ", ".join(audit.checked))
    if audit.problems:
        print("%d accessibility problem(s):" % len(audit.problems))
        for p in audit.problems:
            print("  " + p)
        return 1
    print("no accessibility problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
