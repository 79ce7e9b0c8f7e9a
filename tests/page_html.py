"""A small reader for rendered pages: what a person, a screen reader or a crawler would find."""

import json
from html.parser import HTMLParser


class PageReader(HTMLParser):
    """Collects tags with their attributes, each h1's text, JSON-LD blocks and text."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags = []  # (tag, attrs dict)
        self.h1 = []
        self.json_ld = []
        self.text_parts = []
        self._in_h1 = False
        self._in_json_ld = False
        self._buffer = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "h1":
            self._in_h1, self._buffer = True, []
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld, self._buffer = True, []

    def handle_endtag(self, tag):
        if tag == "h1" and self._in_h1:
            self.h1.append("".join(self._buffer).strip())
            self._in_h1 = False
        if tag == "script" and self._in_json_ld:
            self.json_ld.append(json.loads("".join(self._buffer)))
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_h1 or self._in_json_ld:
            self._buffer.append(data)
        if not self._in_json_ld:
            self.text_parts.append(data)

    @property
    def text(self):
        return " ".join(" ".join(self.text_parts).split())

    def find(self, tag, **attrs):
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def meta(self, name=None, prop=None):
        found = self.find("meta", **({"name": name} if name else {"property": prop}))
        return found[0].get("content") if found else None

    def json_ld_types(self):
        types = []
        for block in self.json_ld:
            for node in block.get("@graph", [block]):
                types.append(node.get("@type"))
        return types

    def json_ld_node(self, type_name):
        for block in self.json_ld:
            for node in block.get("@graph", [block]):
                if node.get("@type") == type_name:
                    return node
        return None


def response_text(response):
    """A response's body as text, whether it was sent whole or streamed (the CSV export streams)."""
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def plain(text):
    """Text with every run of spaces (a no-break space too: times are "8\u00a0am") read as one space."""
    return " ".join(str(text).split())
