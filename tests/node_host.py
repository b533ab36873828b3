"""tests/node/pyodide_host.mjs as a subprocess: sshkeys under Pyodide in Node.js, on the
browser engine, for the tests and the benchmarks."""

import base64
import json
import queue
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

HOST_SCRIPT = Path(__file__).resolve().parent / "node" / "pyodide_host.mjs"
START_TIMEOUT = 180          # loading Pyodide and installing the wheel
RUN_TIMEOUT = 240            # one snippet; DSA generation in Pyodide is the slowest


class BrowserError(AssertionError):
    """Python code in Pyodide raised; .type is the exception's class name."""

    def __init__(self, answer: dict):
        self.type = answer.get("type", "")
        self.message = answer.get("message", "")
        super().__init__(f"in Pyodide: {self.type}: {self.message}\n{answer.get('error', '')}")


def _decode(value):
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return base64.b64decode(value["$bytes"])
        return {k: _decode(v) for k, v in value.items()}
    return value


class PyodideHost:
    """tests/node/pyodide_host.mjs as a subprocess: run(code) -> the last expression's value."""

    def __init__(self, dist: Path):
        node = shutil.which("node")
        if node is None:
            raise AssertionError("node is not installed: the browser engine tests need Node.js 20")
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([node, str(HOST_SCRIPT), str(dist)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.stderr, text=True,
                                     encoding="utf-8", bufsize=1)
        self.answers = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.next_id = 0
        self.info = self._answer(START_TIMEOUT)
        if not self.info.get("ready"):
            self.close()
            raise AssertionError(f"the Pyodide host did not start: {self.info}\n{self._log()}")

    def _read(self):
        for line in self.proc.stdout:
            self.answers.put(line)
        self.answers.put(None)

    def _log(self) -> str:
        self.stderr.seek(0)
        return "host stderr:\n" + self.stderr.read().decode(errors="replace")[-4000:]

    def _answer(self, timeout: float) -> dict:
        try:
            line = self.answers.get(timeout=timeout)
        except queue.Empty:
            self.close()       # a stuck host would answer later requests out of turn
            raise AssertionError(f"the Pyodide host gave no answer in {timeout} s\n{self._log()}")
        if line is None:
            raise AssertionError(f"the Pyodide host exited ({self.proc.poll()})\n{self._log()}")
        return json.loads(line)

    def run(self, code: str, timeout: float = RUN_TIMEOUT):
        if self.proc.poll() is not None:
            raise AssertionError(f"the Pyodide host is not running\n{self._log()}")
        self.next_id += 1
        self.proc.stdin.write(json.dumps({"id": self.next_id, "code": code}) + "\n")
        self.proc.stdin.flush()
        answer = self._answer(timeout)
        assert answer.get("id") == self.next_id, answer
        if not answer["ok"]:
            raise BrowserError(answer)
        return _decode(answer["result"])

    def close(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait(10)
