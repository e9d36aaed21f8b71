#!/usr/bin/env python3
"""A seeded, fair API workload for bench/lean-build.sh: N operations whose response shapes all differ.

Writes, under OUT:
  openapi.json        the API as an OpenAPI 3.0 spec (components for every body, one shared Error, bearer auth)
  redocly/*.md        the same API as Redocly markdown pages, one per operation
  mintlify/*.mdx      the same API as Mintlify pages, one per operation
  stats.json          operations, documented fields (every parameter and every body field at any depth) and bytes

Usage: fair_workload.py OUT [--ops N] [--seed S]

About 50 resources at N=500 (N/10), each with list / create / get / update / delete and a sub-resource with the same
five; each response and request body is its own schema of 5-40 fields mixing strings, integers, numbers, booleans,
timestamps, enums of 2-8 values, arrays of scalars and of objects, nested objects 1-3 deep and maps; about 20 %
nullable and 40 % required. Only the standard library: anyone can rerun it.
"""
import argparse
import json
import os
import random

NOUNS = ("account address agent alert asset audit batch bill booking bucket campaign card cart channel charge comment "
         "contact coupon customer dataset deal device discount domain event export feed file folder form group invoice "
         "job key label lead ledger license meeting member message metric note offer order payment payout plan policy "
         "price product project queue quote receipt refund report review role rule schedule segment session shipment "
         "site space subscription survey tag task team template ticket token topic transfer vendor video webhook "
         "workflow zone").split()
WORDS = ("active amount area author balance base batch brand city code color count country created currency customer "
         "default delay detail device display domain due email end enabled error expires external fee final first "
         "flag format gross group height hidden host image index internal kind label language last level limit line "
         "locale mode name net note number origin owner parent path phone plan position primary priority public "
         "quantity rank rate reason region remote score secret sequence size slug source stage start state status "
         "step street style summary target tax tier time title total type unit updated url usage value version "
         "weight width window zip").split()
ENUM_WORDS = ("alpha beta gamma delta pending active paused archived draft open closed failed succeeded queued running "
              "low medium high urgent small large daily weekly monthly red green blue manual automatic").split()
KINDS = [("string", 24), ("integer", 12), ("number", 8), ("boolean", 10), ("timestamp", 10), ("enum", 10),
         ("scalar_array", 7), ("object_array", 6), ("object", 8), ("map", 5)]


class Field:
    def __init__(self, name, kind, required, nullable, children=None, item=None, values=None):
        self.name, self.kind, self.required, self.nullable = name, kind, required, nullable
        self.children, self.item, self.values = children or [], item, values or []

    def count(self):
        return 1 + sum(c.count() for c in self.children)


class Workload:
    def __init__(self, seed):
        self.rnd = random.Random(seed)

    def pick_kind(self, depth, budget):
        while True:
            kind = self.rnd.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
            nested = kind in ("object", "object_array")
            if not nested or (depth < 3 and budget >= 3):
                return kind

    def names(self, n):
        out = []
        while len(out) < n:
            a, b = self.rnd.choice(WORDS), self.rnd.choice(WORDS)
            name = a if self.rnd.random() < 0.4 else a + "_" + b
            if name not in out and name != "id":
                out.append(name)
        return out

    def fields(self, budget, depth=1):
        """Fields of one object, budget counting every field at any depth."""
        out = []
        names = self.names(max(budget, 1))
        while budget > 0:
            kind = self.pick_kind(depth, budget)
            name = names[len(out)]
            required = self.rnd.random() < 0.4
            nullable = self.rnd.random() < 0.2
            budget -= 1
            f = Field(name, kind, required, nullable)
            if kind in ("object", "object_array"):
                sub = self.rnd.randint(2, min(6, budget))
                f.children = self.fields(sub, depth + 1)
                budget -= sub
            elif kind == "scalar_array":
                f.item = self.rnd.choice(["string", "integer", "number"])
            elif kind == "map":
                f.item = self.rnd.choice(["string", "integer", "boolean"])
            elif kind == "enum":
                f.values = sorted(self.rnd.sample(ENUM_WORDS, self.rnd.randint(2, 8)))
            out.append(f)
        return out

    def example(self, f):
        r = self.rnd
        if f.nullable and r.random() < 0.15:
            return None
        return {"string": lambda: f.name.replace("_", "-") + "-" + str(r.randint(1, 999)),
                "integer": lambda: r.randint(0, 5000),
                "number": lambda: round(r.uniform(0, 1000), 2),
                "boolean": lambda: r.random() < 0.5,
                "timestamp": lambda: "2026-%02d-%02dT%02d:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
                "enum": lambda: r.choice(f.values),
                "scalar_array": lambda: [self.scalar(f.item) for _ in range(2)],
                "object_array": lambda: [self.object_example(f.children)],
                "object": lambda: self.object_example(f.children),
                "map": lambda: {"first": self.scalar(f.item), "second": self.scalar(f.item)}}[f.kind]()

    def scalar(self, t):
        return {"string": "text", "integer": self.rnd.randint(0, 99), "number": 1.5, "boolean": True}[t]

    def object_example(self, fields):
        return {f.name: self.example(f) for f in fields}


def camel(s, upper=True):
    parts = s.replace("-", "_").split("_")
    head = parts[0].capitalize() if upper else parts[0]
    return head + "".join(p.capitalize() for p in parts[1:])


def plural(noun):
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


class Operation:
    def __init__(self, method, path, op_id, summary, tag, params, request, response, status):
        self.method, self.path, self.op_id, self.summary, self.tag = method, path, op_id, summary, tag
        self.params, self.request, self.response, self.status = params, request, response, status


def build(ops, seed):
    w = Workload(seed)
    n_res = max(1, -(-ops // 10))
    resources = w.rnd.sample(NOUNS, min(n_res, len(NOUNS)))
    while len(resources) < n_res:
        resources.append(w.rnd.choice(NOUNS) + str(len(resources)))
    operations = []
    for res in resources:
        sub = w.rnd.choice([n for n in NOUNS if n != res])
        base = "/v1/" + plural(res)
        item = base + "/{" + res + "_id}"
        sub_base = item + "/" + plural(sub)
        sub_item = sub_base + "/{" + sub + "_id}"
        for owner, coll, one, parents in ((res, base, item, [res]), (res + "_" + sub, sub_base, sub_item, [res, sub])):
            ident = camel(owner)
            path_ids = [(p + "_id", True) for p in parents[:-1]]
            one_ids = path_ids + [(parents[-1] + "_id", True)]
            for verb in ("list", "create", "get", "update", "delete"):
                if len(operations) >= ops:
                    break
                size = w.rnd.randint(5, 40)
                if verb == "list":
                    params = [("path", n, "string", True) for n, _ in path_ids]
                    params += [("query", "limit", "integer", False), ("query", "cursor", "string", False)]
                    filters = [n for n in w.names(5) if n not in ("limit", "cursor")][:w.rnd.randint(0, 3)]
                    params += [("query", n, w.rnd.choice(["string", "boolean", "integer"]), False) for n in filters]
                    item_fields = [Field("id", "string", True, False)] + w.fields(size - 1)
                    response = [Field("data", "object_array", True, False, children=item_fields),
                                Field("has_more", "boolean", True, False), Field("next_cursor", "string", False, True)]
                    operations.append(Operation("get", coll, "list" + camel(plural(owner)), "List " + plural(owner.replace("_", " ")),
                                                parents[0], params, None, response, "200"))
                elif verb == "create":
                    params = [("path", n, "string", True) for n, _ in path_ids]
                    request = w.fields(w.rnd.randint(3, 20))
                    response = [Field("id", "string", True, False)] + w.fields(size - 1)
                    operations.append(Operation("post", coll, "create" + ident, ("Create an " if owner[0] in "aeiou" else "Create a ") + owner.replace("_", " "),
                                                parents[0], params, request, response, "201"))
                else:
                    params = [("path", n, "string", True) for n, _ in one_ids]
                    request = w.fields(w.rnd.randint(3, 20)) if verb == "update" else None
                    response = ([Field("id", "string", True, False), Field("deleted", "boolean", True, False)]
                                if verb == "delete" else [Field("id", "string", True, False)] + w.fields(size - 1))
                    method = {"get": "get", "update": "put", "delete": "delete"}[verb]
                    operations.append(Operation(method, one, verb + ident, verb.capitalize() + (" an " if owner[0] in "aeiou" else " a ") + owner.replace("_", " "),
                                                parents[0], params, request, response, "200"))
    return w, operations


# --- OpenAPI -------------------------------------------------------------------------------------------------------
def schema(f):
    s = {"string": lambda: {"type": "string"}, "integer": lambda: {"type": "integer", "format": "int64"},
         "number": lambda: {"type": "number", "format": "double"}, "boolean": lambda: {"type": "boolean"},
         "timestamp": lambda: {"type": "string", "format": "date-time"},
         "enum": lambda: {"type": "string", "enum": f.values},
         "scalar_array": lambda: {"type": "array", "items": {"type": f.item}},
         "object_array": lambda: {"type": "array", "items": object_schema(f.children)},
         "object": lambda: object_schema(f.children),
         "map": lambda: {"type": "object", "additionalProperties": {"type": f.item}}}[f.kind]()
    if f.nullable:
        s["nullable"] = True
    s["description"] = describe(f)
    return s


def object_schema(fields):
    s = {"type": "object", "properties": {f.name: schema(f) for f in fields}}
    req = [f.name for f in fields if f.required]
    if req:
        s["required"] = req
    return s


def describe(f):
    return "The " + f.name.replace("_", " ") + "."


def openapi(operations, w):
    paths, schemas = {}, {"Error": object_schema([Field("code", "string", True, False), Field("message", "string", True, False),
                                                   Field("request_id", "string", False, True)])}
    for op in operations:
        name = op.op_id[0].upper() + op.op_id[1:]
        schemas[name + "Response"] = object_schema(op.response)
        o = {"operationId": op.op_id, "summary": op.summary, "tags": [op.tag],
             "parameters": [{"name": n, "in": i, "required": r, "schema": {"type": t}, "description": "The " + n.replace("_", " ") + "."}
                            for i, n, t, r in op.params],
             "responses": {op.status: {"description": "OK",
                                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/" + name + "Response"},
                                                                         "example": w.object_example(op.response)}}},
                           "default": {"description": "An error",
                                       "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}
        if not o["parameters"]:
            del o["parameters"]
        if op.request is not None:
            schemas[name + "Request"] = object_schema(op.request)
            o["requestBody"] = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/" + name + "Request"}}}}
        paths.setdefault(op.path, {})[op.method] = o
    return {"openapi": "3.0.3", "info": {"title": "Bench API", "version": "1.0.0"},
            "servers": [{"url": "https://api.bench.example"}], "security": [{"bearerAuth": []}],
            "paths": paths, "components": {"schemas": schemas,
                                           "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}}}


# --- Redocly markdown ----------------------------------------------------------------------------------------------
REDOCLY_TYPE = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean", "timestamp": "string",
                "enum": "string", "scalar_array": "array", "object_array": "array", "object": "object", "map": "object"}


def redocly_bullets(fields, w, prefix=""):
    out = []
    for f in fields:
        t = REDOCLY_TYPE[f.kind] + (",null" if f.nullable else "") + (", required" if f.required else "")
        line = "- `%s%s` (%s)\n  %s" % (prefix, f.name, t, describe(f))
        if f.kind == "enum":
            line += "\n  Enum: " + ", ".join('"%s"' % v for v in f.values)
        elif f.kind in ("string", "integer", "number", "timestamp"):
            line += "\n  Example: " + json.dumps(w.example(Field(f.name, f.kind, True, False)))
        elif f.kind == "map":
            line += " Map of names to " + f.item + " values."
        elif f.kind == "scalar_array":
            line += " A list of " + f.item + "s."
        out.append(line)
        out += redocly_bullets(f.children, w, prefix + f.name + ".")
    return out


def redocly(op, w):
    lines = ["# " + op.summary, "", op.summary + ".", "", "Endpoint: %s %s" % (op.method.upper(), op.path),
             "Version: 1.0.0", "Security: bearerAuth", ""]
    for where in ("path", "query"):
        ps = [p for p in op.params if p[0] == where]
        if ps:
            lines += ["## %s parameters:" % where.capitalize(), ""]
            lines += ["- `%s` (%s%s)\n  The %s." % (n, t, ", required" if r else "", n.replace("_", " ")) for _, n, t, r in ps]
            lines.append("")
    if op.request is not None:
        lines += ["## Request fields (application/json):", ""] + redocly_bullets(op.request, w) + [""]
    lines += ["## Response %s fields (application/json):" % op.status, ""] + redocly_bullets(op.response, w) + [""]
    lines += ["## Response 400 fields (application/json):", "", "- `code` (string, required)\n  The error code.",
              "- `message` (string, required)\n  What went wrong.", "- `request_id` (string,null)\n  The request's id.", ""]
    return "\n".join(lines)


# --- Mintlify MDX --------------------------------------------------------------------------------------------------
def mintlify_type(f):
    t = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean", "timestamp": "date-time",
         "enum": "string", "scalar_array": (f.item or "string") + "[]", "object_array": "object[]", "object": "object",
         "map": "map<string, %s>" % f.item}[f.kind]
    return t + (" | null" if f.nullable else "")


def mintlify_fields(tag, attr, fields, indent=""):
    out = []
    for f in fields:
        out.append('%s<%s %s="%s" type="%s"%s>' % (indent, tag, attr, f.name, mintlify_type(f), " required" if f.required else ""))
        text = describe(f)
        if f.kind == "enum":
            text += " Available options: " + ", ".join("`%s`" % v for v in f.values) + "."
        out.append(indent + "  " + text)
        if f.children:
            out.append(indent + '  <Expandable title="properties">')
            out += mintlify_fields("ResponseField" if tag == "ResponseField" else "ParamField", "name" if tag == "ResponseField" else attr,
                                   f.children, indent + "    ")
            out.append(indent + "  </Expandable>")
        out.append("%s</%s>" % (indent, tag))
    return out


def mintlify(op, w):
    lines = ["---", "title: '%s'" % op.summary, "api: '%s %s'" % (op.method.upper(), op.path), "authMethod: 'bearer'", "---", "",
             op.summary + ".", ""]
    for where, n, t, r in op.params:
        lines += ['<ParamField %s="%s" type="%s"%s>' % (where, n, t, " required" if r else ""), "  The %s." % n.replace("_", " "),
                  "</ParamField>", ""]
    if op.request is not None:
        lines += mintlify_fields("ParamField", "body", op.request) + [""]
    lines += mintlify_fields("ResponseField", "name", op.response) + [""]
    lines += ["<ResponseExample>", "```json %s" % op.status, json.dumps(w.object_example(op.response), indent=2), "```",
              "</ResponseExample>", ""]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--ops", type=int, default=500)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    w, operations = build(a.ops, a.seed)
    os.makedirs(os.path.join(a.out, "redocly"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "mintlify"), exist_ok=True)
    spec = json.dumps(openapi(operations, w), indent=2, sort_keys=False)
    with open(os.path.join(a.out, "openapi.json"), "w") as f:
        f.write(spec + "\n")
    sizes = {"openapi": len(spec), "redocly": 0, "mintlify": 0}
    for op in operations:
        for kind, text, ext in (("redocly", redocly(op, w), "md"), ("mintlify", mintlify(op, w), "mdx")):
            with open(os.path.join(a.out, kind, "%s.%s" % (op.op_id, ext)), "w") as f:
                f.write(text)
            sizes[kind] += len(text.encode())
    fields = sum(len(op.params) + sum(f.count() for f in op.response) + sum(f.count() for f in (op.request or []))
                 for op in operations)
    with open(os.path.join(a.out, "stats.json"), "w") as f:
        json.dump({"operations": len(operations), "documented_fields": fields, "bytes": sizes, "seed": a.seed}, f, indent=2)
    print(json.dumps({"operations": len(operations), "documented_fields": fields, "bytes": sizes}))


if __name__ == "__main__":
    main()
