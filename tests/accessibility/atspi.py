"""What a screen reader sees of a running program, over AT-SPI (the accessibility bus Orca uses).

Small helpers on top of pyatspi for tests/accessibility/audit.py: find the application, send keys
the way a keyboard would (XTest, through the AT-SPI registry), wait for windows, walk the tree.
"""

import time

import pyatspi

MODIFIER_KEYCODES = {"ctrl": 37, "alt": 64, "shift": 50}  # X11 keycodes of the left modifiers
KEYSYMS = {
    "Tab": 0xFF09, "Return": 0xFF0D, "Escape": 0xFF1B, "Down": 0xFF54, "Up": 0xFF52,
    "Left": 0xFF51, "Right": 0xFF53, "Home": 0xFF50, "End": 0xFF57, "BackSpace": 0xFF08,
    "Delete": 0xFFFF, "F4": 0xFFC1, "F5": 0xFFC2, "space": 0x20,
}

# Roles a person operates; each needs a name and must be reachable with Tab when it can take focus.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "slider", "table", "tree", "tree table", "page tab",
    "link", "list", "entry",
}


def settle(seconds=0.25):
    time.sleep(seconds)


def key(combo):
    """Presses a key combination such as "ctrl+s", "alt+shift+o", "Escape" or "a"."""
    parts = combo.split("+")
    mods, main = parts[:-1], parts[-1]
    for m in mods:
        pyatspi.Registry.generateKeyboardEvent(MODIFIER_KEYCODES[m], None, pyatspi.KEY_PRESS)
    sym = KEYSYMS.get(main, ord(main) if len(main) == 1 else None)
    if sym is None:
        raise ValueError("unknown key " + main)
    pyatspi.Registry.generateKeyboardEvent(sym, None, pyatspi.KEY_SYM)
    for m in reversed(mods):
        pyatspi.Registry.generateKeyboardEvent(MODIFIER_KEYCODES[m], None, pyatspi.KEY_RELEASE)
    settle(0.15)


def type_text(text):
    for ch in text:
        pyatspi.Registry.generateKeyboardEvent(ord(ch), None, pyatspi.KEY_SYM)
        time.sleep(0.02)
    settle(0.2)


def wait_for(predicate, timeout=10.0, step=0.1):
    end = time.time() + timeout
    while time.time() < end:
        try:
            value = predicate()
        except Exception:  # the tree changes under our feet while windows open and close
            value = None
        if value:
            return value
        time.sleep(step)
    return None


def find_application(name, timeout=20.0):
    desktop = pyatspi.Registry.getDesktop(0)

    def lookup():
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            if a is not None and a.name == name:
                return a
        return None

    return wait_for(lookup, timeout)


def windows(app):
    return [app.getChildAtIndex(i) for i in range(app.childCount) if app.getChildAtIndex(i)]


def active_window(app):
    for w in windows(app):
        if w.getState().contains(pyatspi.STATE_ACTIVE):
            return w
    return None


def wait_for_active(app, predicate, timeout=10.0):
    """The active window once predicate(window) holds."""
    def check():
        w = active_window(app)
        return w if w is not None and predicate(w) else None

    return wait_for(check, timeout)


def relations(obj):
    out = {}
    for r in obj.getRelationSet():
        kind = r.getRelationType()
        targets = [r.getTarget(i) for i in range(r.getNTargets())]
        out.setdefault(kind, []).extend(t for t in targets if t is not None)
    return out


class Node:
    """A snapshot of one accessible object, read once (each read is a D-Bus round trip)."""

    def __init__(self, obj, path, parent):
        self.obj = obj
        self.path = path
        self.parent = parent
        self.role = obj.getRoleName()
        self.name = obj.name or ""
        self.description = obj.description or ""
        states = obj.getState()
        self.showing = states.contains(pyatspi.STATE_SHOWING)
        self.focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        self.focused = states.contains(pyatspi.STATE_FOCUSED)
        self.enabled = states.contains(pyatspi.STATE_ENABLED)
        self.relations = relations(obj)
        self.children = []

    def labelled_by(self):
        return [t.name for t in self.relations.get(pyatspi.RELATION_LABELLED_BY, [])]

    def inside(self, role):
        p = self.parent
        while p is not None:
            if p.role == role:
                return True
            p = p.parent
        return False

    def text(self):
        try:
            t = self.obj.queryText()
            return t.getText(0, -1)
        except Exception:
            return ""

    def describe(self):
        return "%s %r at %s" % (self.role, self.name, "/".join(map(str, self.path)))


def snapshot(root):
    """Every node under root (root included), depth first."""
    nodes = []

    def walk(obj, path, parent):
        try:
            node = Node(obj, path, parent)
        except Exception:
            return
        nodes.append(node)
        if parent is not None:
            parent.children.append(node)
        try:
            count = obj.childCount
        except Exception:
            return
        for i in range(count):
            child = obj.getChildAtIndex(i)
            if child is not None:
                walk(child, path + (i,), node)

    walk(root, (), None)
    return nodes


VIEW_ROLES = ("tree table", "table", "tree", "list", "list box")


def focused_path(root):
    """The path of the focused object under root, or None. Qt also marks a container whose child
    has the focus (a button box) as focused: the deepest focused object is the one that has it.
    Qt marks an item view's current cell as focused even while the view does not have the
    keyboard (History keeps its selected row when Tab moves on): such a cell counts only while its
    view has the focus."""
    found = None
    for n in snapshot(root):
        if n.parent is not None and n.parent.role in VIEW_ROLES and not n.parent.focused:
            continue
        if n.focused and n.role not in ("frame", "dialog", "alert", "window"):
            if found is None or len(n.path) > len(found):
                found = n.path
    return found
