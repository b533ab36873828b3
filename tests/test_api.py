"""The worker's API (sshkeys/api.py) against its two sides: the session's handlers and
web/worker.js, which answer it, and the page's worker.call("op", {...}) calls, which use it."""

import inspect
import re
from pathlib import Path

from sshkeys import api
from sshkeys.session import Session

WEB = Path(__file__).resolve().parent.parent / "web"
CALL = re.compile(r"""\bcall\(\s*["']([A-Za-z_]+)["']\s*(?:,\s*)?""")
SENT_BY_WORKER = re.compile(r"""\bop:\s*["']([A-Za-z_]+)["']""")   # worker.js asks Python itself


def _keys(source: str, start: int) -> list:
    """The keys of the object literal at `start` (none if there is none): written ones only,
    a spread (...fields) is not followed."""
    if source[start] != "{":
        return []
    depth, entry, keys = 0, None, []
    for i in range(start, len(source)):
        c = source[i]
        if depth == 1 and c in ":,}" and entry is not None:
            m = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*", source[entry:i])
            if m:
                keys.append(m.group(1))
            entry = None
        if c in "{[(":
            depth += 1
        elif c in "}])":
            depth -= 1
            if depth == 0:
                break
        if depth == 1 and c in "{,":
            entry = i + 1
    return keys


def page_calls() -> dict:
    """Each operation the page sends (worker.js sends "capabilities" itself at start):
    {name: {argument names, in every call}}."""
    sent = {}
    for path in sorted(WEB.glob("*.js")):
        source = path.read_text(encoding="utf-8")
        for m in CALL.finditer(source):
            sent.setdefault(m.group(1), set()).update(_keys(source, m.end()))
        for m in SENT_BY_WORKER.finditer(source):
            sent.setdefault(m.group(1), set())
    return sent


def test_the_parser_reads_what_a_call_sends():
    source = 'worker.call("save", { key: k.id, format, options: { a: 1 }, ...rest })'
    assert CALL.search(source).group(1) == "save"
    assert _keys(source, CALL.search(source).end()) == ["key", "format", "options"]


def test_the_page_sends_every_declared_operation_and_nothing_else():
    assert set(page_calls()) == set(api.OPERATIONS)


def test_the_page_sends_only_declared_arguments():
    for op, arguments in page_calls().items():
        assert arguments <= set(api.OPERATIONS[op]), op


def test_the_session_answers_each_declared_operation_with_its_arguments():
    handlers = {name[3:]: method for name, method in inspect.getmembers(Session)
                if name.startswith("op_")}
    assert set(handlers) == set(api.OPERATIONS) - api.IN_WORKER
    for op, method in handlers.items():
        params = list(inspect.signature(method).parameters)[1:]      # self
        assert tuple(params) == api.OPERATIONS[op], op


def test_worker_js_answers_the_rest():
    source = (WEB / "worker.js").read_text(encoding="utf-8")
    answered = set(re.findall(r'request\.op === "([a-z_]+)"', source))
    assert answered == api.IN_WORKER
    for op in api.IN_WORKER:
        for argument in api.OPERATIONS[op]:
            assert f"request.{argument}" in source, (op, argument)
