#!/usr/bin/python3
"""Walks Atelier as a screen reader does: a real AT-SPI client (pyatspi) reads the window's
accessibility tree, presses controls through their AT-SPI actions and types keys with xdotool,
through Home, a journey, the session setup and a running brainstorm wall, up to the saved
session.

At each screen it checks that no focusable control is unnamed, that every collapsible section
says whether it is open, that every drop-down list says what is chosen, that a radio group is
one Tab stop, and that the keyboard focus landed on the new screen (not nowhere, not on the
top bar). It prints one line per check and exits 1 if any failed.

Run by tests/a11y.rs (the `a11y` test), inside a private D-Bus session, with the app under
Xvfb: see tests/a11y/run.sh.
"""

import subprocess
import sys
import time

import pyatspi

FAILURES = []
TOP_BAR = {"Accueil", "Activité du service", "Réglages"}


def say(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        FAILURES.append(what)


def find_app(timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name and "atelier" in app.name.lower():
                if app.childCount > 0:
                    return app
        time.sleep(0.5)
    return None


def walk(node):
    """Every node under `node` (itself first)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current is None:
            continue
        yield current
        try:
            count = current.childCount
        except Exception:
            continue
        for i in reversed(range(count)):
            try:
                stack.append(current.getChildAtIndex(i))
            except Exception:
                pass


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def has(node, state):
    st = states(node)
    return st is not None and st.contains(state)


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ""


def name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def find(root, wanted_role, wanted_name, contains=False, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        for node in walk(root):
            n = name(node)
            if role(node) == wanted_role and (
                (contains and wanted_name in n) or (not contains and n == wanted_name)
            ):
                return node
        time.sleep(0.3)
    return None


def press(node, what):
    """Presses a control through its AT-SPI action, as a screen reader's "activate"."""
    if node is None:
        say(False, f"{what}: not found")
        return False
    try:
        action = node.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("click", "press", "activate"):
                action.doAction(i)
                return True
        action.doAction(0)
        return True
    except Exception as error:
        say(False, f"{what}: cannot be pressed ({error})")
        return False


def focused_node(root):
    for node in walk(root):
        if has(node, pyatspi.STATE_FOCUSED):
            return node
    return None


def key(*keys):
    window = subprocess.run(
        ["xdotool", "search", "--name", "^Atelier"], capture_output=True, text=True
    ).stdout.split()
    if window:
        subprocess.run(["xdotool", "windowfocus", window[0]], check=False)
    for k in keys:
        subprocess.run(["xdotool", "key", k], check=False)
        time.sleep(0.25)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=False)
    time.sleep(0.3)


def type_into(node, text):
    """Gives a field the focus (as a screen reader does), then types into it."""
    try:
        node.queryComponent().grabFocus()
    except Exception:
        pass
    time.sleep(0.4)
    type_text(text)


def focus_landed(root, screen, timeout=5):
    """The focus is on something of the new screen: not nowhere, not the top bar."""
    end = time.time() + timeout
    node = None
    while time.time() < end:
        node = focused_node(root)
        if node is not None and name(node) not in TOP_BAR:
            say(True, f"{screen}: the focus landed on {role(node)} “{name(node)}”")
            return node
        time.sleep(0.3)
    where = "nothing" if node is None else f"{role(node)} “{name(node)}”"
    say(False, f"{screen}: the focus is on {where}")
    return None


def check_screen(root, screen):
    unnamed = []
    collapsible = 0
    stateless = []
    combos = []
    before = ""
    for node in walk(root):
        r = role(node)
        if has(node, pyatspi.STATE_FOCUSABLE) and not name(node).strip():
            unnamed.append(f"{r} after “{before}”")
        elif name(node).strip():
            before = name(node)
        # A collapsible section's header is a toggle button (AT-SPI as AccessKit gives it),
        # which says "ouvert" or "fermé", and is pressed when open. (A toggle that says
        # nothing is a choice among several, pressed when chosen.)
        if r == "toggle button":
            try:
                said = node.description or ""
            except Exception:
                said = ""
            pressed = has(node, pyatspi.STATE_PRESSED)
            if said:
                collapsible += 1
                if said not in ("ouvert", "fermé") or pressed != (said == "ouvert"):
                    stateless.append(f"{name(node)} ({said}, pressed={pressed})")
        if r == "combo box":
            value = ""
            try:
                value = node.queryText().getText(0, -1)
            except Exception:
                pass
            if not value:
                try:
                    value = node.get_description() or ""
                except Exception:
                    value = ""
            combos.append((name(node), value))
    say(not unnamed, f"{screen}: {len(unnamed)} unnamed focusable controls {unnamed[:5]}")
    say(not stateless, f"{screen}: collapsible sections without a state: {stateless[:5]}")
    for combo, value in combos:
        say(bool(value), f"{screen}: drop-down “{combo}” says what is chosen (“{value}”)")
    return collapsible


def main():
    app = find_app()
    if app is None:
        say(False, "the app is not in the accessibility tree")
        return 1
    key()  # the window has the keyboard (no window manager gives it)
    window = app.getChildAtIndex(0)
    say(bool(name(window)), f"the window is named “{name(window)}”")

    # Home.
    if find(app, "push button", "Nouvelle séance collective", timeout=30) is None:
        say(False, "Home did not open")
        return 1
    check_screen(app, "Home")

    # A journey, opened as a screen reader opens a link.
    press(find(app, "link", "Ouvrir le parcours d'Amina"), "Amina's journey")
    if find(app, "push button", "Retour à l'accueil", timeout=10) is None and find(
        app, "label", "Amina", contains=True, timeout=2
    ) is None:
        say(False, "the journey did not open")
    focus_landed(app, "journey")
    sections = check_screen(app, "journey")
    say(sections >= 5, f"journey: {sections} collapsible sections say whether they are open")

    # The service's activity and the settings, from the top bar.
    press(find(app, "push button", "Activité du service"), "the service's activity")
    if find(app, "label", "Activité du service", timeout=10) is None:
        say(False, "the service's activity did not open")
    focus_landed(app, "service")
    check_screen(app, "service")
    press(find(app, "push button", "Réglages"), "settings")
    if find(app, "label", "Réglages", timeout=10) is None:
        say(False, "the settings did not open")
    focus_landed(app, "settings")
    check_screen(app, "settings")

    # Back to Home, then the setup of a collective session.
    press(find(app, "push button", "Accueil"), "Home")
    time.sleep(0.5)
    focus_landed(app, "Home again")
    press(find(app, "push button", "Nouvelle séance collective"), "new collective session")
    if find(app, "push button", "Commencer la séance", timeout=10) is None:
        say(False, "the setup did not open")
        return 1
    landed = focus_landed(app, "setup")
    check_screen(app, "setup")
    if landed is not None and name(landed) == "Lieu":
        type_text("Salle 2")
    type_into(find(app, "entry", "Animateur ou animatrice"), "Inès")
    radios = [n for n in walk(app) if role(n) == "radio button"]
    stops = [n for n in radios if has(n, pyatspi.STATE_FOCUSABLE)]
    say(
        len(radios) >= 3 and len(stops) == 1,
        f"setup: the {len(radios)} activity radios are {len(stops)} Tab stop",
    )
    press(find(app, "radio button", "Mur Rêveur, Réaliste, Critique", contains=True), "the wall")
    for person in ("Amina", "Bastien", "Chloé"):
        press(find(app, "check box", person, contains=True), person)
    time.sleep(0.5)
    press(find(app, "push button", "Commencer la séance"), "start")

    # The running wall, from the keyboard.
    draw = find(app, "push button", "Tirer l'idée suivante", timeout=10)
    if draw is None:
        say(False, "the wall did not start")
        return 1
    focus_landed(app, "running session")
    check_screen(app, "running session")
    type_into(find(app, "entry", "Nouvelle idée"), "Un atelier CV")
    key("Return")
    key("Tab")  # to "Mettre dans la boîte"
    # To "Tirer l'idée suivante" with Tab, as a keyboard user goes.
    for _ in range(12):
        node = focused_node(app)
        if node is not None and name(node) == "Tirer l'idée suivante":
            break
        key("Tab")
    node = focused_node(app)
    say(
        node is not None and name(node) == "Tirer l'idée suivante",
        "running session: Tab reaches “Tirer l'idée suivante”",
    )
    key("Return")
    time.sleep(0.5)
    key("1")  # placed in the first column while the button has the focus
    time.sleep(0.5)
    placed = find(app, "label", "Un atelier CV", contains=True, timeout=3)
    drawn = find(app, "label", "Idée tirée", timeout=1)
    say(placed is not None and drawn is None, "running session: “1” placed the drawn idea")
    time.sleep(1)
    node = focused_node(app)
    say(
        node is not None and role(node) != "frame",
        f"running session: the focus is on {role(node) if node else ''} “{name(node) if node else ''}”",
    )

    # End, review, save.
    press(find(app, "push button", "Terminer la séance"), "end")
    ended = find(app, "push button", "Terminer quand même", timeout=2)
    if ended is not None:
        press(ended, "end anyway")
    if find(app, "push button", "Enregistrer la séance", timeout=10) is None:
        say(False, "the review did not open")
        return 1
    focus_landed(app, "review")
    check_screen(app, "review")
    press(find(app, "push button", "Enregistrer la séance"), "save")
    if find(app, "push button", "Nouvelle séance collective", timeout=10) is None:
        say(False, "Home did not come back after saving")
        return 1
    focus_landed(app, "Home after saving")

    print(f"{len(FAILURES)} failed", flush=True)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
