#!/usr/bin/env python3
"""Launch benchmark: medians of repeated offscreen launches of

  (a) a bare Qt Widgets window, to its first paint            (bench_bare_window)
  (b) the editor, to the first paint of its main window       (bench_editor_launch --demo)
  (c) the editor, to the profile shown in --demo              (same launches as (b))

Targets: (b) <= 1.5 x (a) and (c) <= 3 x (a).

    python3 bench/launch.py [--runs N] [--build-dir DIR] [--no-build] [--strict]

Builds the two targets first (Release, in build/bench unless --build-dir says otherwise).
Every launch gets QT_QPA_PLATFORM=offscreen and a new throw-away HOME and XDG directories.
Times run from just before the process is started (CLOCK_MONOTONIC, passed in
WHOP_BENCH_T0_NS) to the paint, so exec and dynamic loading count. Two warm-up launches of
each program are not counted; (a) and (b/c) launches alternate so that drift hits both.
Exits 0 when the runs completed (with --strict: and both targets are met), 1 otherwise.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGETS = ("bench_bare_window", "bench_editor_launch")
TARGET_B = 1.5
TARGET_C = 3.0
WARMUPS = 2
TIMEOUT_S = 90


def run_quietly(command: list) -> None:
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        sys.exit(f"{done.stdout}\n{' '.join(command)} failed (exit {done.returncode})")


def build(build_dir: Path) -> None:
    if not (build_dir / "build.ninja").exists():
        print(f"configuring {build_dir} (Release) ...", flush=True)
        run_quietly(["cmake", "-S", str(REPO), "-B", str(build_dir), "-G", "Ninja",
                     "-DCMAKE_BUILD_TYPE=Release", "-DWHOP_BUILD_TESTS=OFF",
                     "-DWHOP_BUILD_BENCH=ON"])
    print(f"building {' '.join(TARGETS)} in {build_dir} ...", flush=True)
    # Two jobs: the machines this runs on have two cores.
    run_quietly(["ninja", "-C", str(build_dir), "-j2", *TARGETS])


def launch(program: Path, args: list) -> dict:
    home = Path(tempfile.mkdtemp(prefix="whop-bench-"))
    try:
        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "WHOP_API_KEY", "WHOP_BASE_URL",
                            "WHOP_API_VERSION", "SESSION_MANAGER")}
        runtime = home / "runtime"
        for sub in ("config", "data", "cache", "state"):
            (home / sub).mkdir()
        runtime.mkdir(mode=0o700)
        env.update({
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": "offscreen",
        })
        env["WHOP_BENCH_T0_NS"] = str(time.monotonic_ns())
        done = subprocess.run([str(program), *args], env=env, cwd=home, capture_output=True,
                              text=True, timeout=TIMEOUT_S)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    values = {k: float(v) for k, v in re.findall(r"(\w+_ms)=([0-9.]+)", done.stdout)}
    if done.returncode != 0 or "first_paint_ms" not in values:
        sys.exit(f"{program.name} failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    return values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="counted launches of each (>= 10)")
    parser.add_argument("--build-dir", type=Path, default=REPO / "build" / "bench")
    parser.add_argument("--no-build", action="store_true", help="use the build dir as it is")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    options = parser.parse_args()
    if options.runs < 10:
        parser.error("--runs must be at least 10")

    build_dir = options.build_dir.resolve()
    if not options.no_build:
        build(build_dir)
    bare = build_dir / "bench" / "bench_bare_window"
    editor = build_dir / "bench" / "bench_editor_launch"
    for program in (bare, editor):
        if not program.exists():
            sys.exit(f"{program} does not exist: build it or drop --no-build")

    for _ in range(WARMUPS):
        launch(bare, [])
        launch(editor, ["--demo"])
    a, b, c = [], [], []
    bare_runs, editor_runs = [], []
    for i in range(options.runs):
        bare_runs.append(launch(bare, []))
        editor_runs.append(launch(editor, ["--demo"]))
        a.append(bare_runs[-1]["first_paint_ms"])
        b.append(editor_runs[-1]["first_paint_ms"])
        c.append(editor_runs[-1]["profile_ms"])
        print(f"run {i + 1:2}: a={a[-1]:7.1f} ms  b={b[-1]:7.1f} ms  c={c[-1]:7.1f} ms",
              flush=True)

    ma, mb, mc = (statistics.median(x) for x in (a, b, c))
    rb, rc = mb / ma, mc / ma
    ok_b, ok_c = rb <= TARGET_B, rc <= TARGET_C
    verdict = {True: "met", False: "NOT met"}
    print(f"\nmedians of {options.runs} offscreen launches (Release, {build_dir}):")
    print(f"  (a) bare Qt Widgets window, first paint   {ma:7.1f} ms")
    print(f"  (b) editor, first paint of main window    {mb:7.1f} ms")
    print(f"  (c) editor, profile shown (--demo)        {mc:7.1f} ms")
    print(f"  b/a = {rb:.2f}  (target <= {TARGET_B})  {verdict[ok_b]}")
    print(f"  c/a = {rc:.2f}  (target <= {TARGET_C})  {verdict[ok_c]}")
    print_phases(bare_runs, editor_runs)
    return 1 if options.strict and not (ok_b and ok_c) else 0


def print_phases(bare_runs: list, editor_runs: list) -> None:
    """Where the time goes: medians of the milestones both programs print."""
    def median(runs, key):
        values = [run[key] for run in runs if run.get(key, -1) >= 0]
        return f"{statistics.median(values):7.1f}" if values else "      -"

    print("\nphases, median ms since launch        (a) bare   (b, c) editor")
    for key, label in (("before_main_ms", "static initialisers (libraries loaded)"),
                       ("qapplication_ms", "QCoreApplication part of QApplication"),
                       ("window_shown_ms", "window shown"),
                       ("first_paint_ms", "first paint"),
                       ("profile_signal_ms", "MainWindow::profileShown()"),
                       ("profile_ms", "profile painted")):
        print(f"  {label:38} {median(bare_runs, key)}    {median(editor_runs, key)}")


if __name__ == "__main__":
    sys.exit(main())
