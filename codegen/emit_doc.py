"""docs/protocols/<p>.md: the reference page of one protocol (Jinja2)."""

import jinja2

from emit_c import hexv
from pvspec import DIRS

TEMPLATE = r"""{# One table per enum or flag set: VALUE_COL names the value column, ITEMS and
   VALUE the members and their value. #}{% macro named_values(title, sets, value_col, items, value) %}
## {{ title }}
{% for e in sets %}
### {{ e.name }} ({{ e.type }})
{% if e.doc %}
{{ e.doc }}
{% endif %}
| {{ value_col }} | name | meaning |
|---|---|---|
{% for v in e[items] %}| {{ hx(v[value]) }} | `{{ P }}_{{ e.name | upper }}_{{ v.name }}` | {{ v.doc }} |
{% endfor %}{% endfor %}{% endmacro -%}
<!-- DO NOT EDIT: generated from {{ s.relname }} by codegen/pvgen.py. -->
# {{ s.title }} (`{{ s.prefix }}`)

{{ s.doc | trim }}

C: `generated/{{ s.prefix }}_wire.h`, `{{ s.prefix }}_codec.h`; Wireshark:
`generated/lua/{{ s.prefix }}.lua`. Format of the source: `spec/SCHEMA.md`.
{% if has_be %}Integers are little-endian except those marked (BE), which are big-endian on the wire.
{% endif %}
{% if s.versions %}
## Versions

| name | value | label |
|---|---|---|
{% for v in s.versions %}| `{{ P }}_VERSION_{{ v.name }}` | {{ hx(v.value) }} | {{ v.label }}{% if v.doc %} ({{ v.doc }}){% endif %} |
{% endfor %}{% endif %}{% if s.features %}
## Features

| name | bit | since | meaning |
|---|---|---|---|
{% for f in s.features %}| `{{ P }}_FEATURE_{{ f.name }}` | {{ f.bit }} | {{ vname(f.since) }} | {{ f.doc }} |
{% endfor %}{% endif %}{% if s.constants %}
## Constants

| name | value | meaning |
|---|---|---|
{% for c in s.constants %}| `{{ P }}_{{ c.name }}` | {{ hx(c.value) }} | {{ c.doc }} |
{% endfor %}{% endif %}{% for t in s.tables %}
## {% if t.name == "msg" %}Messages{% else %}Table `{{ t.name }}`{% endif %}

{% if t.doc %}{{ t.doc | trim }}

{% endif %}Type field: {{ t.type_field.type }} at offset {{ t.type_field.offset }}. C: `{{ t.cname }}_*`, handlers `struct {{ t.cname }}_handlers`.

| type | name | direction | length | since | until | features | layout | session event |
|---|---|---|---|---|---|---|---|---|
{% for m in t.msgs %}| {{ m.type }} | {{ m.name }} | {{ m.dir }} | {{ m.min_len }}{% if m.max_len != m.min_len %}..{{ m.max_len if m.max_len is not none else "" }}{% endif %} | {{ vname(m.since) }} | {{ vname(m.until) }} | {{ fnames(m.features) }} | {% for v in m.variants %}{% if not loop.first %}, else {% endif %}[`{{ v.struct.name }}`](#{{ v.struct.name }}){% if v.select %} if len >= {{ v.struct.size }}{% endif %}{% if v.since %} from {{ vname(v.since) }}{% endif %}{% if v.features %} with {{ fnames(v.features) }}{% endif %}{% if v.dir %} when {{ v.dir }}{% endif %}{% endfor %} | {{ events(m) }} |
{% endfor %}{% endfor %}{% if s.enums %}{{ named_values("Enums", s.enums, "value", "values", "value") }}{% endif %}{% if s.flagsets %}{{ named_values("Flag sets", s.flagsets, "mask", "bits", "mask") }}{% endif %}
## Structs
{% for st in s.structs %}
### {{ st.name }}

{{ st.size }} bytes{% if st.min_size < st.size %} (at least {{ st.min_size }}: a shorter buffer, an older revision, decodes with the missing bytes as zero){% endif %}{% if st.tail %} + tail `{{ st.tail.name }}`{% endif %}{% if st.opaque_rest %} + payload{% endif %}.{% if st.doc %} {{ st.doc | trim }}{% endif %}

| offset | size | field | type | checks | notes |
|---|---|---|---|---|---|
{% for f in st.fields %}| {{ f.offset }} | {{ f.size }} | `{{ f.name }}` | {{ ftype(f) }} | {{ checks(f) }} | {{ f.doc }}{% for b in f.bits %}{% if not loop.first or f.doc %}; {% endif %}bits {{ b.shift }}..{{ b.shift + b.width - 1 }} `{{ b.name }}`{% endfor %} |
{% endfor %}{% if st.tail %}| {{ st.tail.offset }} | ... | `{{ st.tail.name }}[]` | {{ tailtype(st.tail) }} | max {{ st.tail.max }} | {{ st.tail.doc }} |
{% endif %}{% if st.checks %}
Checks: {% for c in st.checks %}`{{ c.text }}` ({{ c.err }}){% if not loop.last %}; {% endif %}{% endfor %}.
{% endif %}{% endfor %}{% if s.sessions %}
## Sessions
{% for se in s.sessions %}
### {{ se.name }}

{{ se.doc | trim }}

Events: {% for e in se.events %}`{{ e.name }}`{% if e.doc %} ({{ e.doc }}){% endif %}{% if not loop.last %}, {% endif %}{% endfor %}.

Named states: {% for n, p in se.states %}`{{ n }}` ({{ p | join(" ") if p else "start" }}){% if not loop.last %}, {% endif %}{% endfor %}.

```
{{ se.grammar | trim }}
```
{% endfor %}{% endif %}"""


def doc_md(spec):
    P = spec.P
    vnames = {v.value: v.name for v in spec.versions}
    fnames = {f.bit: f.name for f in spec.features}

    def vname(v):
        return vnames.get(v, hexv(v)) if v else ""

    def fn(mask):
        return ", ".join(fnames.get(b, str(b)) for b in range(64) if mask >> b & 1)

    def ftype(f):
        t = f.type
        if f.be:
            t += " (BE)"
        if f.kind == "bytes":
            t = "bytes[%d]" % f.size
        if f.count:
            t += "[%d]" % f.count
        if f.kind == "struct":
            t = "[%s](#%s)%s" % (f.struct.name, f.struct.name, "[%d]" % f.count if f.count else "")
        return t

    def events(m):
        out = []
        for sess, rules in m.events.items():
            rs = []
            for r in rules:
                cond = " and ".join(x for x in (r.dir or "", " ".join(v for _, v in r.when) if r.when else "") if x)
                rs.append("%s if %s" % (r.event.name, cond) if cond else r.event.name)
            out.append("%s: %s" % (sess, ", else ".join(rs)))
        return "; ".join(out)

    def checks(f):
        c = []
        if f.enum:
            c.append("enum %s" % f.enum.name)
        if f.flags:
            c.append("flags %s" % f.flags.name)
        if f.range:
            c.append("range [%d, %d]" % f.range)
        if f.const is not None:
            c.append("= %s" % hexv(f.const))
        if f.reserved:
            c.append("reserved (%s)" % f.reserved)
        if f.since:
            c.append("from %s" % vname(f.since))
        if f.until:
            c.append("until %s" % vname(f.until))
        if f.features:
            c.append("needs %s" % fn(f.features))
        return ", ".join(c)

    def tailtype(t):
        if t.kind == "gpa_ranges":
            return "gpa_range (PFN count computed)"
        what = t.type + (" (BE)" if t.be else "")
        return what + (" x %s" % t.count_field.name if t.count_field else " (rest of buffer)")

    env = jinja2.Environment(trim_blocks=False, lstrip_blocks=False, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    has_be = any(f.be for st in spec.structs for f in st.fields) or any(
        st.tail is not None and st.tail.be for st in spec.structs)
    text = env.from_string(TEMPLATE).render(has_be=has_be, s=spec, P=P, hx=hexv, vname=vname, fnames=fn, ftype=ftype, events=events,
                                             checks=checks, tailtype=tailtype, DIRS=DIRS)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text
