"""A tiny AT-SPI client over D-Bus (jeepney, no pyatspi needed): what Orca sees. Run inside the
app's D-Bus session: ``python atspi_walk.py`` prints JSON lines, one per Tab stop."""

from __future__ import annotations

import json
import sys
import time

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

ACC = "org.a11y.atspi.Accessible"
FOCUSED = 12  # ATSPI_STATE_FOCUSED
ITEMS = {"list item", "tree item", "page tab", "table cell"}


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

    def role(self) -> str:
        return self._call(ACC, "GetRoleName")[0]

    def focused(self) -> bool:
        low = self._call(ACC, "GetState")[0][0]
        return bool(low & (1 << FOCUSED))

    def grab_focus(self) -> bool:
        return self._call("org.a11y.atspi.Component", "GrabFocus")[0]

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


def main() -> int:
    conn = a11y_connection()
    root = Node(conn, "org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    app = None
    for _ in range(100):
        apps = [a for a in root.children() if "visadesk" in a.prop("Name").lower()]
        if apps:
            app = apps[0]
            break
        time.sleep(0.2)
    if app is None:
        print(json.dumps({"error": "the app never appeared on the AT-SPI bus"}))
        return 2
    bar = None
    for _ in range(100):
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
    tabs = [t.prop("Name") for t in bar.children()]
    print(json.dumps({"tabs": tabs}), flush=True)
    wanted = sys.argv[2] if len(sys.argv) > 2 else tabs[0]
    tab = next(t for t in bar.children() if t.prop("Name") == wanted)
    click(conn, tab)  # the pointer in the window (X gives it the keyboard) and that tab shown
    time.sleep(1.0)
    for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 8):
        press_tab(conn)
        time.sleep(0.4)
        # Qt marks selected items "focused" too: the focus stop is the one control among them
        # and a container whose focus proxy has focus says so too: the deepest one is the stop
        stops = [(d, n) for n, d in app.walk() if n.focused() and n.role() not in ITEMS]
        stops.sort(key=lambda x: -x[0])
        print(
            json.dumps([{"role": n.role(), "name": n.prop("Name")} for _d, n in stops]),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
