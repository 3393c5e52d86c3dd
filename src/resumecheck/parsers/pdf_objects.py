"""A page's objects as pdfplumber builds them, with the characters (nearly all of a resume's objects) built
by a direct path: pdfplumber resolves every attribute of every character through a generic recursive walk,
which was close to half of the time spent reading a page."""

from __future__ import annotations

from typing import Any
from unicodedata import normalize

from pdfminer.layout import LTChar, LTContainer
from pdfplumber.page import ALL_ATTRS
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

_SPACES: dict[Any, Any] = {}  # colour space name -> its decoded form (a handful per process)
_PLAIN = (float, int, bool, str, type(None))  # values pdfplumber's resolve_all returns unchanged
_PLAIN_TYPES = frozenset(_PLAIN)
# A character's attribute names (one tuple for nearly all of them) -> the names pdfplumber leaves out. Copying
# the object's dict and deleting those took 0.9 us a character against 2.0 for a filtering comprehension.
_DROPPED: dict[tuple[str, ...], tuple[str, ...]] = {}


def page_objects(page: Any) -> dict[str, list[dict[str, Any]]]:
    """The page's objects by kind, equal to pdfplumber's `page.objects`, and cached there as they are."""
    if hasattr(page, "_objects"):
        return page._objects  # type: ignore[no-any-return]
    if page.pdf.laparams is not None:  # containers become objects too: pdfplumber's own walk handles that
        return page.objects  # type: ignore[no-any-return]
    height, (mb_x0, mb_top) = page.height, page.mediabox[:2]
    geometry = (height, mb_top, page.initial_doctop, mb_x0)
    norm, number = page.pdf.unicode_norm, page.page_number
    objects: dict[str, list[dict[str, Any]]] = {}  # kinds in the order first met, as pdfplumber's
    chars: list[dict[str, Any]] = []
    stack = [iter(page.layout._objs)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
        elif type(obj) is LTChar:
            if not chars:
                objects["char"] = chars
            chars.append(_char(obj, number, norm, geometry))
        else:
            attr = page.process_object(obj)
            if attr["object_type"] != "anno":
                objects.setdefault(attr["object_type"], []).append(attr)
    page._objects = objects
    return objects


def _char(obj: LTChar, number: int, norm: Any, geometry: tuple[Any, Any, Any, Any]) -> dict[str, Any]:
    """pdfplumber's dict for one character, key for key and value for value."""
    own = obj.__dict__
    names = tuple(own)
    dropped = _DROPPED.get(names)
    if dropped is None:
        dropped = _DROPPED[names] = tuple(name for name in names if name not in ALL_ATTRS)
    attr = own.copy()  # pdfplumber keeps the attributes in ALL_ATTRS, in the object's order: drop the others
    for name in dropped:
        del attr[name]
    for key, value in attr.items():
        kind = type(value)
        if kind not in _PLAIN and not (kind is tuple and _PLAIN_TYPES.issuperset(map(type, value))):
            attr[key] = resolve_all(value)  # a reference or container, resolved as pdfplumber does
    attr["object_type"] = "char"
    attr["page_number"] = number
    name = obj.ncs.name
    if type(name) is not str:
        attr["ncs"] = resolve_and_decode(name)
    else:
        if name not in _SPACES:
            _SPACES[name] = resolve_and_decode(name)
        attr["ncs"] = _SPACES[name]
    text = obj.get_text()
    attr["text"] = normalize(norm, text) if norm is not None else text
    state = obj.graphicstate
    attr["stroking_color"] = state.scolor if isinstance(state.scolor, tuple) else (state.scolor,)
    attr["non_stroking_color"] = state.ncolor if isinstance(state.ncolor, tuple) else (state.ncolor,)
    if isinstance(attr["fontname"], bytes):  # rare byte-encoded font names: pdfplumber's own fix
        from pdfplumber.page import fix_fontname_bytes

        attr["fontname"] = fix_fontname_bytes(attr["fontname"])
    height, mb_top, initial_doctop, mb_x0 = geometry
    if "y0" in attr:  # the same arithmetic in the same order as pdfplumber, so the floats are equal
        attr["top"] = (height - attr["y1"]) + mb_top
        attr["bottom"] = (height - attr["y0"]) + mb_top
        attr["doctop"] = initial_doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr
