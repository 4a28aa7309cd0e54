"""Markdown reference pages (placeholder)."""


def doc_md(spec):
    return "<!-- DO NOT EDIT: generated from %s by codegen/pvgen.py. -->\n# %s\n" % (spec.relname, spec.title)
