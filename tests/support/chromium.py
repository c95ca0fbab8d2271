"""A minimal headless-Chromium driver over the DevTools pipe, for tests and the bench.

Chromium started with ``--remote-debugging-pipe`` reads DevTools protocol
commands from file descriptor 3 and writes replies and events to descriptor 4,
each message a JSON text ended by a NUL byte. That needs only the standard
library: no websocket client, no Playwright, no chromedriver. The browser runs
with the network cut (an unresolvable host map, a dead proxy, and DevTools'
offline emulation), and every request a page makes is recorded so a test can
check it loaded nothing but ``file:`` and ``data:`` URLs.

Example (skipped when Chromium is absent)::

    with Chromium() as browser:
        page = browser.new_page()
        page.goto(Path("g.html").resolve().as_uri())
        page.wait_for("document.documentElement.dataset.drawn === '1'")
        page.screenshot("g.png")
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

#: Where Debian's ``chromium`` package puts the browser.
CHROMIUM = "/usr/bin/chromium"

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
    "--mute-audio",
    "--allow-file-access-from-files",
    # Network off: no name resolves, and any proxied request goes nowhere.
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
)


class ChromiumError(RuntimeError):
    """The browser died, timed out, or answered a command with an error."""


def available(executable: str = CHROMIUM) -> bool:
    """True when the Chromium binary exists and is executable.

    Example:
        >>> available("/nonexistent/chromium")
        False
    """
    return os.path.isfile(executable) and os.access(executable, os.X_OK)


class Chromium:
    """One headless Chromium process, driven over the DevTools pipe."""

    def __init__(self, executable: str = CHROMIUM, *, extra_flags: tuple[str, ...] = ()):
        if not available(executable):
            raise ChromiumError(f"no Chromium at {executable}")
        self._profile = tempfile.mkdtemp(prefix="diplograph-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # Copies of the child's ends above 10, so dup2 onto 3 and 4 cannot clobber
        # them. The originals stay open until the child has started: fds 3 and 4
        # are then surely open in this process, as pass_fds requires.
        child_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
        child_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)

        def wire() -> None:  # runs in the child before exec (and before fds are closed)
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        args = [executable, *_FLAGS, *extra_flags, f"--user-data-dir={self._profile}",
                "--remote-debugging-pipe", "about:blank"]
        try:
            self._proc = subprocess.Popen(
                args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                pass_fds=(3, 4, child_r, child_w), preexec_fn=wire,
            )
        finally:
            for fd in (to_chrome_r, from_chrome_w, child_r, child_w):
                os.close(fd)
        self._next_id = 0
        self._lock = threading.Lock()
        self._cond = threading.Condition()
        self._replies: dict[int, dict] = {}
        self.events: list[dict] = []
        self._closed = False
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        try:
            self.version = self.send("Browser.getVersion", timeout=30)
        except BaseException:
            self.close()
            raise

    # -- plumbing --------------------------------------------------------
    def _read_loop(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._from_chrome, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._closed = True
                    self._cond.notify_all()
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                with self._cond:
                    if "id" in msg:
                        self._replies[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                    self._cond.notify_all()

    def send(self, method: str, params: dict | None = None, *, session: str | None = None,
             timeout: float = 30.0) -> dict:
        """Send one DevTools command and return its ``result``."""
        with self._lock:
            self._next_id += 1
            msg_id = self._next_id
            msg: dict[str, Any] = {"id": msg_id, "method": method, "params": params or {}}
            if session:
                msg["sessionId"] = session
            data = json.dumps(msg).encode() + b"\0"
            view = memoryview(data)
            while view:
                view = view[os.write(self._to_chrome, view):]
        deadline = time.monotonic() + timeout
        with self._cond:
            while msg_id not in self._replies:
                if self._closed:
                    raise ChromiumError(f"browser closed while waiting for {method}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ChromiumError(f"{method} timed out after {timeout}s")
                self._cond.wait(left)
            reply = self._replies.pop(msg_id)
        if "error" in reply:
            raise ChromiumError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def new_page(self, width: int = 1280, height: int = 800) -> "Page":
        """Open a tab with the network emulated offline and requests recorded."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session, target)
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call("Network.enable")
        page.call("Network.emulateNetworkConditions",
                  {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        page.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return page

    def close(self) -> None:
        """Ask the browser to quit, then make sure it has, and remove its profile."""
        if self._proc.poll() is None:
            try:
                self.send("Browser.close", timeout=5)
            except ChromiumError:
                pass
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=10)
        for fd in (self._to_chrome, self._from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Page:
    """A tab attached with a flat DevTools session."""

    def __init__(self, browser: Chromium, session: str, target: str):
        self.browser, self.session, self.target = browser, session, target

    def call(self, method: str, params: dict | None = None, timeout: float = 30.0) -> dict:
        """Send a command to this tab."""
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def events(self, method: str) -> list[dict]:
        """The params of every event named ``method`` this tab has received."""
        with self.browser._cond:
            return [e.get("params", {}) for e in self.browser.events
                    if e.get("method") == method and e.get("sessionId") == self.session]

    def requested_urls(self) -> list[str]:
        """Every URL the tab has asked the network stack for."""
        return [e["request"]["url"] for e in self.events("Network.requestWillBeSent")]

    def goto(self, url: str, timeout: float = 60.0) -> None:
        """Navigate and wait for the load event."""
        before = len(self.events("Page.loadEventFired"))
        reply = self.call("Page.navigate", {"url": url}, timeout=timeout)
        if reply.get("errorText"):
            raise ChromiumError(f"navigation to {url} failed: {reply['errorText']}")
        self.wait_for_event("Page.loadEventFired", count=before + 1, timeout=timeout)

    def wait_for_event(self, method: str, *, count: int = 1, timeout: float = 30.0) -> None:
        """Wait until this tab has received ``count`` events named ``method``."""
        deadline = time.monotonic() + timeout
        while len(self.events(method)) < count:
            if time.monotonic() > deadline:
                raise ChromiumError(f"no {method} within {timeout}s")
            with self.browser._cond:
                self.browser._cond.wait(0.05)

    def evaluate(self, expression: str, timeout: float = 30.0) -> Any:
        """Evaluate a JavaScript expression in the page and return its JSON value."""
        reply = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                               "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise ChromiumError(f"JavaScript error: {text}")
        return reply.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 30.0, interval: float = 0.02) -> Any:
        """Poll a JavaScript expression until it is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise ChromiumError(f"timed out waiting for {expression!r}")
            time.sleep(interval)

    def click(self, x: float, y: float) -> None:
        """A real left mouse click at viewport coordinates."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            params = {"type": kind, "x": x, "y": y, "button": "left" if kind != "mouseMoved" else "none",
                      "clickCount": 1 if kind != "mouseMoved" else 0}
            self.call("Input.dispatchMouseEvent", params)

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        """Save a PNG of the viewport."""
        data = self.call("Page.captureScreenshot", {"format": "png"}, timeout=60)["data"]
        out = Path(path)
        out.write_bytes(base64.b64decode(data))
        return out

    def console_errors(self) -> list[str]:
        """Uncaught exceptions and console.error messages seen so far."""
        errors = [e["exceptionDetails"].get("exception", {}).get("description")
                  or e["exceptionDetails"].get("text", "")
                  for e in self.events("Runtime.exceptionThrown")]
        errors += [" ".join(str(a.get("value", a.get("description", ""))) for a in e.get("args", []))
                   for e in self.events("Runtime.consoleAPICalled") if e.get("type") == "error"]
        return errors
