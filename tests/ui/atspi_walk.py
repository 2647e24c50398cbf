"""A tiny AT-SPI client over D-Bus (jeepney, no pyatspi needed): what Orca sees. Run inside the
app's D-Bus session: ``python atspi_walk.py TAB [TAB …]`` (tab names as the app shows them;
none: every case tab). Prints JSON lines: first ``{"tabs": [...]}``, then one line per tab
walked: ``{"tab": name, "stops": [...], "cycled": bool, "stuck": bool, "controls": [...]}``.

Like Orca it listens to the focus events the app sends (it registers for them with the AT-SPI
registry, so the app starts sending them), presses real Tab keys (XTest, through the registry)
until the focus comes back to the first stop, and reads each stop's role and name. ``controls``
are every object on screen that says it can take the focus (visible, enabled, focusable), found
by walking the tree: Tab must have reached each of them."""

from __future__ import annotations

import json
import sys
import time

from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import open_dbus_connection
from jeepney.low_level import HeaderFields

ACC = "org.a11y.atspi.Accessible"
ENABLED, FOCUSABLE, FOCUSED, SENSITIVE, SHOWING, VISIBLE = 8, 11, 12, 24, 25, 30  # AtspiStateType
ITEMS = {"list item", "tree item", "page tab", "table cell", "table row"}
# containers whose children are items (rows, a combo box's popup list, the tabs of a tab bar)
LEAVES = {"list", "combo box", "tree", "table", "tree table", "page tab list", "menu bar"}
MAX_STOPS = 150


def a11y_connection():
    session = open_dbus_connection(bus="SESSION")
    bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
    address = session.send_and_get_reply(new_method_call(bus, "GetAddress")).body[0]
    return open_dbus_connection(bus=address)


class Node:
    def __init__(self, conn, name: str, path: str) -> None:
        self.conn, self.name, self.path = conn, name, path

    def _call(self, iface: str, method: str, sig: str | None = None, body=()):
        addr = DBusAddress(self.path, bus_name=self.name, interface=iface)
        return self.conn.send_and_get_reply(
            new_method_call(addr, method, sig, body), timeout=5
        ).body

    def prop(self, prop: str):
        return self._call("org.freedesktop.DBus.Properties", "Get", "ss", (ACC, prop))[0][1]

    def children(self) -> list[Node]:
        return [Node(self.conn, n, p) for n, p in self._call(ACC, "GetChildren")[0]]

    def parent(self) -> Node:
        name, path = self.prop("Parent")
        return Node(self.conn, name, path)

    def role(self) -> str:
        return self._call(ACC, "GetRoleName")[0]

    def states(self) -> int:
        low, high = self._call(ACC, "GetState")[0]
        return low | (high << 32)

    def has(self, state: int) -> bool:
        return bool(self.states() & (1 << state))

    def describe(self) -> dict:
        return {"role": self.role(), "name": self.prop("Name"), "path": self.path}

    def walk(self, depth: int = 0):
        yield self, depth
        if depth > 40:
            return
        for child in self.children():
            yield from child.walk(depth + 1)


DEC = DBusAddress(
    "/org/a11y/atspi/registry/deviceeventcontroller",
    bus_name="org.a11y.atspi.Registry",
    interface="org.a11y.atspi.DeviceEventController",
)
REGISTRY = DBusAddress(
    "/org/a11y/atspi/registry",
    bus_name="org.a11y.atspi.Registry",
    interface="org.a11y.atspi.Registry",
)


def press_tab(conn) -> None:
    """A real key press through the X server (XTest, as the registry daemon generates it)."""
    conn.send_and_get_reply(new_method_call(DEC, "GenerateKeyboardEvent", "isu", (23, "", 2)))


def click(conn, node: Node) -> None:
    """Put the pointer on ``node`` and click it (without a window manager, X gives the keyboard
    to the window under the pointer)."""
    x, y, w, h = node._call("org.a11y.atspi.Component", "GetExtents", "u", (0,))[0]
    cx, cy = x + w // 2, y + h // 2
    conn.send_and_get_reply(new_method_call(DEC, "GenerateMouseEvent", "iis", (cx, cy, "abs")))
    conn.send_and_get_reply(new_method_call(DEC, "GenerateMouseEvent", "iis", (cx, cy, "b1c")))


class FocusEvents:
    """The app's "focused" state changes, as Orca receives them."""

    RULE = MatchRule(type="signal", interface="org.a11y.atspi.Event.Object", member="StateChanged")

    def __init__(self, conn) -> None:
        self.conn = conn
        conn.send_and_get_reply(message_bus.AddMatch(self.RULE))
        self._filter = conn.filter(self.RULE, bufsize=1000)
        self.queue = self._filter.__enter__()
        conn.send_and_get_reply(
            new_method_call(
                REGISTRY, "RegisterEvent", "sass", ("object:state-changed:focused", [], "")
            )
        )

    def drain(self) -> None:
        while self.queue:
            self.queue.popleft()

    def next_focus(self, timeout: float) -> Node | None:
        """The next object that gains the focus (None: nothing gained it within ``timeout``)."""
        end = time.monotonic() + timeout
        while (left := end - time.monotonic()) > 0:
            try:
                msg = self.conn.recv_until_filtered(self.queue, timeout=left)
            except TimeoutError:
                return None
            kind, gained = msg.body[0], msg.body[1]
            if kind == "focused" and gained == 1:
                fields = msg.header.fields
                return Node(self.conn, fields[HeaderFields.sender], fields[HeaderFields.path])
        return None


def controls(frame: Node) -> list[dict]:
    """Every object on screen that can take the focus (not items inside lists and combos)."""
    out = []

    def visit(node: Node, depth: int) -> None:
        states = node.states()
        if not states & (1 << VISIBLE) or depth > 40:
            return
        role = node.role()
        wanted = (1 << FOCUSABLE) | (1 << ENABLED) | (1 << SENSITIVE)
        if states & wanted == wanted and role not in ITEMS:
            out.append({"role": role, "name": node.prop("Name"), "path": node.path})
        if role in LEAVES:
            return
        for child in node.children():
            visit(child, depth + 1)

    visit(frame, 0)
    return out


def stop_of(node: Node) -> dict:
    """A focus stop as Orca reads it; an item (a list's current row) stands for its list; and
    any child of it that also says it has the focus (a text field's viewport)."""
    stop = node.describe()
    if stop["role"] in ITEMS:
        stop["item"] = stop["name"]
        stop.update(node.parent().describe())
    children = node.children() if stop["role"] not in LEAVES else []
    stop["focused_children"] = [c.describe() for c in children if c.has(FOCUSED)]
    return stop


def walk_tab(conn, events: FocusEvents, frame: Node, tab: Node) -> dict:
    name = tab.prop("Name")
    click(conn, tab)  # the pointer in the window (X gives it the keyboard) and that tab shown
    time.sleep(0.8)
    stops: list[dict] = []
    cycled = stuck = False
    for _ in range(MAX_STOPS):
        events.drain()
        press_tab(conn)
        node = events.next_focus(timeout=3.0)
        if node is None:
            stuck = True  # Tab did not move the focus anywhere: a field kept it
            break
        time.sleep(0.05)  # the field the focus went to may move it on (a focus proxy)
        while (later := events.next_focus(timeout=0.05)) is not None:
            node = later
        stop = stop_of(node)
        if stops and stop["path"] == stops[0]["path"]:
            cycled = True
            break
        stops.append(stop)
    return {
        "tab": name,
        "stops": stops,
        "cycled": cycled,
        "stuck": stuck,
        "controls": controls(frame),
    }


def main() -> int:
    conn = a11y_connection()
    events = FocusEvents(conn)
    root = Node(conn, "org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    app = None
    for _ in range(150):
        apps = [a for a in root.children() if "visadesk" in a.prop("Name").lower()]
        if apps:
            app = apps[0]
            break
        time.sleep(0.2)
    if app is None:
        print(json.dumps({"error": "the app never appeared on the AT-SPI bus"}))
        return 2
    bar = None
    for _ in range(150):
        bars = [
            n
            for n, _d in app.walk()
            if n.role() == "page tab list" and len(n.children()) > 4  # the case tabs, all there
        ]
        if bars:
            bar = bars[-1]  # the case tabs (the last tab list shown)
            break
        time.sleep(0.2)
    if bar is None:
        print(json.dumps({"error": "no tab list"}))
        return 2
    tabs = [t for t in bar.children() if t.role() == "page tab"]
    print(json.dumps({"tabs": [t.prop("Name") for t in tabs]}), flush=True)
    wanted = sys.argv[1:] or [t.prop("Name") for t in tabs]
    frame = next(c for c in app.children() if c.role() == "frame")
    for name in wanted:
        tab = next(t for t in tabs if t.prop("Name") == name)
        print(json.dumps(walk_tab(conn, events, frame, tab)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
