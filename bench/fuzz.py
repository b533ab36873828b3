"""Long-run fuzzing of every parser: a plain random mutation loop (no hypothesis, for speed).

    python3 bench/fuzz.py                        # 1,000,000 inputs per target, all cores
    python3 bench/fuzz.py --seconds 300 -t ppk   # a time budget instead, one target

Seeds, mutators and targets are tests/fuzz_corpus.py's, the same as tests/test_fuzz.py's.
Every input that raises anything but an SSHKeyError, takes over 2 s, or runs out of the
memory cap is a crash: written to --out as <target>-<hash>.bin with a .txt beside it (the
exception, the traceback and the passphrase). Replay one with --replay FILE.
"""

import argparse
import hashlib
import multiprocessing
import random
import resource
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import fuzz_corpus as fc  # noqa: E402

MEMORY_CAP = 3 << 30        # bytes of address space per worker: Argon2's cap is 1 GiB


def _signature(e: BaseException) -> str:
    """Crashes with the same exception type raised at the same line are one crash."""
    tb = traceback.extract_tb(e.__traceback__)
    where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
    return f"{type(e).__name__} at {where}"


def _save(out: Path, target: str, data: bytes, passphrase, e: BaseException) -> None:
    name = f"{target}-{hashlib.sha256(data).hexdigest()[:16]}"
    (out / f"{name}.bin").write_bytes(data)
    (out / f"{name}.txt").write_text(
        f"target: {target}\npassphrase: {passphrase!r}\n{_signature(e)}\n\n"
        + "".join(traceback.format_exception(e)))


def worker(args) -> dict:
    target, seeds, count, seconds, seed, out = args
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    rng = random.Random(seed)
    parse = fc.TARGETS[target][1]
    mine = fc.seeds_for(target, seeds)
    done, crashes, slowest = 0, {}, 0.0
    deadline = time.monotonic() + seconds if seconds else None
    while done < count and (deadline is None or time.monotonic() < deadline):
        _, original, passphrase = rng.choice(mine)
        data = fc.mutate(rng, original, seeds)
        start = time.perf_counter()
        try:
            fc.guarded(parse, data, passphrase)
        except BaseException as e:  # noqa: BLE001 - every escape is a finding
            if isinstance(e, KeyboardInterrupt):
                raise
            sig = _signature(e)
            if sig not in crashes:
                _save(out, target, data, passphrase, e)
            crashes[sig] = crashes.get(sig, 0) + 1
        slowest = max(slowest, time.perf_counter() - start)
        done += 1
    return {"target": target, "inputs": done, "crashes": crashes, "slowest": slowest}


def replay(path: Path) -> None:
    info = path.with_suffix(".txt").read_text().splitlines()
    target = info[0].removeprefix("target: ")
    passphrase = eval(info[1].removeprefix("passphrase: "))  # noqa: S307 - our own repr()
    fc.TARGETS[target][1](path.read_bytes(), passphrase)
    print("no crash")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-t", "--target", action="append", choices=list(fc.TARGETS))
    ap.add_argument("-n", "--count", type=int, default=1_000_000, help="inputs per target")
    ap.add_argument("--seconds", type=float, default=0, help="time budget per target")
    ap.add_argument("-j", "--jobs", type=int, default=multiprocessing.cpu_count())
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "fuzz-crashes")
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--replay", type=Path)
    args = ap.parse_args()
    if args.replay:
        return replay(args.replay)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as d:
        seeds = fc.make_seeds(d)
    print(f"{len(seeds)} seeds; random seed {args.seed}; crashes go to {args.out}")
    for target in args.target or list(fc.TARGETS):
        start = time.monotonic()
        share = -(-args.count // args.jobs)
        jobs = [(target, seeds, share, args.seconds, args.seed * 1000 + i, args.out)
                for i in range(args.jobs)]
        with multiprocessing.Pool(args.jobs) as pool:
            results = pool.map(worker, jobs)
        inputs = sum(r["inputs"] for r in results)
        crashes = {}
        for r in results:
            for sig, n in r["crashes"].items():
                crashes[sig] = crashes.get(sig, 0) + n
        elapsed = time.monotonic() - start
        print(f"{target:12} {inputs:>10,} inputs in {elapsed:7.0f} s "
              f"({inputs / elapsed:,.0f}/s), slowest {max(r['slowest'] for r in results):.2f} s, "
              f"{sum(crashes.values())} crashing inputs", flush=True)
        for sig, n in sorted(crashes.items()):
            print(f"    {n:>8} x {sig}", flush=True)


if __name__ == "__main__":
    main()
