"""What an HTML page holds, as a browser parses it (html5lib follows the
WHATWG parsing rules): every element, attribute and comment."""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree

import html5lib


@dataclass(frozen=True)
class Markup:
    """The tags, attribute names and comments of a page."""

    tags: frozenset[str]
    attributes: tuple[str, ...]
    comments: tuple[str, ...]


def markup(page: str) -> Markup:
    """Parse ``page`` as a browser would and list what it holds.

    >>> found = markup('<p onclick="x()">a<!-- b --></p>')
    >>> sorted(found.tags), found.attributes, found.comments
    (['body', 'head', 'html', 'p'], ('onclick',), (' b ',))
    """
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    elements = [element for element in tree.iter() if isinstance(element.tag, str)]
    comments = tuple(element.text or "" for element in tree.iter() if element.tag is ElementTree.Comment)
    return Markup(frozenset(element.tag for element in elements),
                  tuple(name for element in elements for name in element.attrib), comments)
