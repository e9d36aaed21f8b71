#!/usr/bin/env python3
"""Helper of bench/specs-at-scale.sh: picks the seeded sample of spec files, and reads the runs' logs into the
report (one line per spec, then totals and the failures grouped by cause). Standard library only."""
import json
import os
import random
import re
import statistics
import sys


def is_spec(path):
    """An OpenAPI or Swagger document: a JSON object or a YAML mapping with a top-level `openapi` or `swagger` key."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        return False
    if path.endswith(".json"):
        try:
            doc = json.loads(text)
        except ValueError:
            return False
        return isinstance(doc, dict) and ("openapi" in doc or "swagger" in doc)
    return re.search(r"(?m)^[\"']?(openapi|swagger)[\"']?\s*:", text) is not None


def pick(folder, seed, count):
    """Prints `count` spec paths under `folder`, relative to it, chosen with random.Random(seed) from the sorted list."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".yaml", ".yml", ".json")):
                path = os.path.join(root, name)
                if is_spec(path):
                    found.append(os.path.relpath(path, folder))
    found.sort()
    chosen = sorted(random.Random(seed).sample(found, min(count, len(found))))
    print(f"# {len(chosen)} of {len(found)} spec documents, seed {seed}", file=sys.stderr)
    for p in chosen:
        print(p)


def read(path, default=""):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return default


def shorten(line, limit=160):
    """One line of at most `limit` characters, keeping a trailing `[Code]`."""
    line = " ".join(line.split())
    if len(line) <= limit:
        return line
    code = re.search(r" \[\w+\]$", line)
    tail = code.group(0) if code else ""
    return line[: limit - 1 - len(tail)] + "…" + tail


def strip_location(line):
    """`/long/path/spec.yaml:12:3: error: msg [Code]` -> `error: msg [Code]` (and javac's `File.java:12: error: …`)."""
    return re.sub(r"^.*?:\d+(:\d+)?: ", "", line.strip())


def cause_key(message):
    """Groups messages that differ only in names and numbers: text in quotes or backticks and numbers are blanked."""
    crash = re.match(r"^([\w.$]+(?:Exception|Error))\b.*\((at .*)\)$", message)
    if crash:
        return f"{crash.group(1)} {crash.group(2)}"
    m = re.search(r"\[(\w+)\]\s*$", message)
    if m and not message.startswith("warning: ["):
        code = m.group(1)
    else:
        code = None
    generic = re.sub(r"`[^`]*`|'[^']*'|\"[^\"]*\"", "…", message)
    generic = re.sub(r"\b(symbol|location|variable|class|method|type):?\s+\S+", r"\1 …", generic)
    generic = re.sub(r"\b\d+\b", "N", generic)
    return (code + ": " if code else "") + shorten(generic, 120)


def spec_contents(path):
    """`: the spec has N operations, M component schemas`, to tell an empty spec from one whose content was dropped."""
    try:
        if path.endswith(".json"):
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        else:
            import yaml  # PyYAML, when the machine has it; without it the count is left out
            with open(path, encoding="utf-8") as f:
                doc = yaml.safe_load(f)
        methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
        ops = sum(1 for item in (doc.get("paths") or {}).values() if isinstance(item, dict)
                  for m in item if m in methods)
        schemas = len((doc.get("components") or {}).get("schemas") or {}) or len(doc.get("definitions") or {})
        if ops:
            return f": the spec has {ops} operations, {schemas} schemas"
        return f": the spec has no operation, {schemas} schemas" if schemas else ": the spec has no operation and no schema"
    except Exception:  # noqa: BLE001 (a count only; the spec's own problems are docpoet's to report)
        return ""


def classify(run):
    """Returns the spec's status and its first cause line, from the logs bench/specs-at-scale.sh left in `run`."""
    rc = read(os.path.join(run, "gen.rc"), "?").strip()
    err = read(os.path.join(run, "gen.err"))
    lines = err.splitlines()
    info = {
        "gen_rc": rc,
        "gen_s": read(os.path.join(run, "gen.secs"), "?").strip(),
        "doc_errors": sum(1 for l in lines if re.search(r":\d+: error: |^docpoet: .*error", l)),
        "doc_warnings": sum(1 for l in lines if ": warning: " in l),
        "files": 0,
        "javac": "",
        "javac_warnings": 0,
        "javac_errors": 0,
        "warn_kinds": {},
    }
    files = read(os.path.join(run, "files.txt")).split()
    info["files"] = len(files)
    if rc in ("124", "137"):
        return "crash", f"timeout: killed after {info['gen_s']} s (no OutOfMemoryError before the limit)", info
    oom = next((l for l in lines if "OutOfMemoryError" in l), None)
    if oom:
        return "crash", shorten("OutOfMemoryError: " + oom.split("OutOfMemoryError", 1)[1].lstrip(": ")), info
    internal = next((l for l in lines if "InternalError" in l or "internal error" in l), None)
    if internal:
        frame = next((l.strip() for l in lines if re.match(r"\s+at ", l)), "")
        message = re.sub(r"^docpoet: internal error, please report it with the docs attached: ", "", strip_location(internal))
        return "crash", shorten(message, 240) + (f" ({frame})" if frame else ""), info
    trace = next((l for l in lines if re.match(r"^(Exception in thread|\s+at [\w.$]+\()", l)), None)
    if rc not in ("0", "1", "2") or trace:
        first = next((l for l in lines if l.strip()), "(no output)")
        return "crash", shorten(f"exit {rc}: " + first), info
    if rc != "0":
        first = next((l for l in lines if re.search(r": error: ", l)), None) \
            or next((l for l in lines if l.strip() and not l.startswith(" ")), "(no message)")
        return "refused", shorten(strip_location(first)), info
    if not files:
        said = f"{info['doc_warnings']} warnings" if info["doc_warnings"] else "no warning"
        return "silent", f"exit 0, no Java file, {said}" + spec_contents(read(os.path.join(run, "spec-file.txt")).strip()), info
    jrc = read(os.path.join(run, "javac.rc"), "?").strip()
    jout = read(os.path.join(run, "javac.out")).splitlines()
    info["javac"] = jrc
    for l in jout:
        m = re.search(r"(?:^|: )warning: (\[[\w-]+\])?", l)
        if m and not l.startswith("Note:"):
            info["javac_warnings"] += 1
            kind = m.group(1) or "(other)"
            info["warn_kinds"][kind] = info["warn_kinds"].get(kind, 0) + 1
    info["javac_errors"] = sum(1 for l in jout if re.search(r"(^|: )error: ", l))
    if jrc in ("124", "137"):
        return "noncompiling", "javac timed out", info
    if jrc != "0":
        first = next((l for l in jout if re.search(r"(^|: )error: ", l)), next((l for l in jout if l.strip()), "?"))
        rel = re.sub(r"^.*?/src/", "", first.strip())
        return "noncompiling", shorten(rel), info
    return "ok", "", info


def report(work):
    runs = os.path.join(work, "runs")
    rows = []
    for name in sorted(os.listdir(runs)):
        run = os.path.join(runs, name)
        spec = read(os.path.join(run, "spec.txt")).strip() or name
        status, cause, info = classify(run)
        rows.append((spec, status, cause, info))
    w = max([len(r[0]) for r in rows] + [4])
    print(f"{'spec':<{w}}  {'status':<12} {'gen s':>6} {'files':>6} {'doc err':>7} {'doc warn':>8} "
          f"{'javac warn':>10}  first cause")
    for spec, status, cause, info in rows:
        print(f"{spec:<{w}}  {status:<12} {info['gen_s']:>6} {info['files']:>6} {info['doc_errors']:>7} "
              f"{info['doc_warnings']:>8} {info['javac_warnings']:>10}  {cause}")
    print()
    counts = {k: sum(1 for r in rows if r[1] == k) for k in ("ok", "crash", "refused", "silent", "noncompiling")}
    compiled = [r for r in rows if r[3]["javac"] == "0"]
    warned = [r for r in compiled if r[3]["javac_warnings"]]
    total_warn = sum(r[3]["javac_warnings"] for r in rows)
    print(f"TOTALS over {len(rows)} specs: {counts['ok']} generated and compiled, {counts['crash']} crashes, "
          f"{counts['refused']} refusals, {counts['silent']} silent, {counts['noncompiling']} non-compiling; "
          f"javac -Xlint:all warnings: {total_warn} in {len(warned)} of {len(compiled)} compiled outputs; "
          f"{sum(r[3]['files'] for r in rows)} Java files generated")
    kinds = {}
    for r in rows:
        for k, n in r[3]["warn_kinds"].items():
            kinds.setdefault(k, [0, []])
            kinds[k][0] += n
            kinds[k][1].append(r[0])
    if kinds:
        print("javac warnings by kind:")
        for k, (n, specs) in sorted(kinds.items(), key=lambda kv: -kv[1][0]):
            print(f"  {n:6d} {k}  in {len(specs)} specs: {', '.join(specs[:6])}{' …' if len(specs) > 6 else ''}")
    for status in ("crash", "refused", "silent", "noncompiling"):
        group = [r for r in rows if r[1] == status]
        if not group:
            continue
        print(f"\n{status.upper()} ({len(group)}), by cause:")
        causes = {}
        for spec, _, cause, _ in group:
            causes.setdefault(cause_key(cause), []).append((spec, cause))
        for key, members in sorted(causes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"  [{len(members)}] {key}")
            for spec, cause in members:
                print(f"      {spec}: {cause}")
    with open(os.path.join(work, "results.json"), "w", encoding="utf-8") as f:
        json.dump([{"spec": s, "status": st, "cause": c, **i} for s, st, c, i in rows], f, indent=1)


def parse_time(path):
    """Reads /usr/bin/time -v's report: wall seconds, CPU seconds (user + system), peak RSS in MiB."""
    text = read(path)

    def field(label):
        m = re.search(re.escape(label) + r".*?: (.+)", text)
        return m.group(1).strip() if m else None

    wall = field("Elapsed (wall clock) time")
    secs = 0.0
    if wall:
        for part in wall.split(":"):
            secs = secs * 60 + float(part)
    cpu = float(field("User time (seconds)") or 0) + float(field("System time (seconds)") or 0)
    rss = int(field("Maximum resident set size (kbytes)") or 0) / 1024
    status = field("Exit status")
    return secs, cpu, rss, status


def side_report(work):
    """Prints medians (wall, CPU, peak RSS) per spec and tool, and docpoet's ratio to OpenAPI Generator."""
    rows = {}
    for name in sorted(os.listdir(work)):
        m = re.match(r"(\w+)\.(docpoet|oag)\.(\d+)\.time$", name)
        if not m:
            continue
        spec, tool, _ = m.groups()
        wall, cpu, rss, status = parse_time(os.path.join(work, name))
        err = read(os.path.join(work, name[:-5] + ".err"))
        files = read(os.path.join(work, name[:-5] + ".files")).strip()
        if "OutOfMemoryError" in err:
            status = "OOM"
        elif status in ("124", "137"):
            status = "timeout"
        elif status != "0":
            status = f"exit {status}"
        else:
            status = "ok"
        rows.setdefault((spec, tool), []).append((wall, cpu, rss, status, files))
    print(f"{'spec':<8} {'tool':<26} {'runs':>4} {'wall s':>8} {'CPU s':>8} {'peak RSS MiB':>12} {'files':>6}  outcome")
    med = {}
    for (spec, tool), runs in sorted(rows.items()):
        ok = [r for r in runs if r[3] == "ok"]
        use = ok or runs
        mw = statistics.median(r[0] for r in use)
        mc = statistics.median(r[1] for r in use)
        mr = statistics.median(r[2] for r in use)
        outcome = ", ".join(sorted({r[3] for r in runs}))
        med[(spec, tool)] = (mw, mc, mr, bool(ok))
        label = "docpoet --client" if tool == "docpoet" else "OpenAPI Generator -g java"
        print(f"{spec:<8} {label:<26} {len(runs):>4} {mw:8.1f} {mc:8.1f} {mr:12.0f} {use[0][4] or '-':>6}  {outcome}"
              + ("" if ok else "  (figures of the failed runs, up to the failure)"))
    print()
    for spec in sorted({k[0] for k in med}):
        d, o = med.get((spec, "docpoet")), med.get((spec, "oag"))
        if not d or not o:
            continue
        if not (d[3] and o[3]):
            failed = " and ".join(t for t, ok in (("docpoet", d[3]), ("OpenAPI Generator", o[3])) if not ok)
            print(f"{spec:<8} no ratio: {failed} did not finish (at least {d[0] if not d[3] else o[0]:.0f} s wall, "
                  f"{d[2] if not d[3] else o[2]:.0f} MiB when it stopped)")
            continue
        print(f"{spec:<8} docpoet / OpenAPI Generator: wall {d[0] / o[0]:.2f}x, CPU {d[1] / o[1]:.2f}x, "
              f"peak RSS {d[2] / o[2]:.2f}x")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "pick":
        pick(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif cmd == "report":
        report(sys.argv[2])
    elif cmd == "side-report":
        side_report(sys.argv[2])
    else:
        sys.exit(f"unknown command {cmd}")
