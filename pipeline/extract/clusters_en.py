"""English cluster names: capitalised words + head, names after the kind they are, names in
headings and datelines, appositions and aliases (also known as, founded as), and a name without
its place words merged with the full one. Rules: clusters.yaml english.
"""
from __future__ import annotations

import re

from pipeline.extract.context import Sentence
from pipeline.extract.geo import country_surface_set, find_countries, find_places, place_lookup, romanized_korean_places
from pipeline.extract.names import cluster_rules as _rules
from pipeline.extract.names import en_heads as _en_heads
from pipeline.extract.names import is_generic as _is_generic
from pipeline.extract.names import is_place as _is_place
from pipeline.extract.names import kind_first_words, norm, occurrences
from pipeline.extract.numbers import _EN_MONTHS
from pipeline.korean import is_latin
from pipeline.rules import load_rules, per_rules
from pipeline.extract.clusters import (
    NAME_LINKS,
    Cluster, Registry, _ends_with_head, _gazetteer_country, _is_function_word, _is_metaphor, _name_regex,
    _negative, _nickname,
)


# a district, quarter or zone of an industry ('a creative-industries district', 'a tech quarter'); a
# bare 'district' is a part of a city
_SECTOR_DISTRICT = (r"(?:tech|technology|innovation|creative|digital|science|knowledge|biotech|media|start-?up|research|"
                    r"industrial|business|software|design)[\w\-]*\s+(?:district|quarter|zone|neighbou?rhood|precinct|community)"
                    # (a town built around one firm: 'Toyota City is Japan's best-known company town')
                    r"|(?:one-)?company\s+town")


def _of_owner(word: str) -> bool:
    """A word that a name may continue with 'of': University of Utah, City of Knowledge, Port of
    Rotterdam (rules: english.of_owners); not 'Expansion of', 'Home of'."""
    return word in (_rules()["english"].get("of_owners") or ()) or word in place_lookup()


def _park_head(head: str) -> bool:
    """A head naming grounds (Research Park, Technology Park, Science Park), which a university may
    own and name; not a building or unit (Campus, Hub, Centre) that is the university's own."""
    return head.split()[-1] in ("Park", "Parc", "Triangle", "Corridor", "Valley", "Zone")


# ------------------------------------------------------------------ English patterns

# Regex alternations of the rules' vocabularies, built once per rules set (not per sentence)

@per_rules
def _en_head_alt() -> str:
    return "|".join(re.escape(h) for h in _en_heads() if h not in ("cluster",))


@per_rules
def _lowercase_head_alt() -> str:
    return "|".join(re.escape(h) for h in sorted(_rules()["english"]["lowercase_heads"], key=len, reverse=True))


@per_rules
def _strong_en_head_alt() -> str:
    return "|".join(re.escape(h.lower()) for h in _en_heads() if h not in _rules()["english"]["weak_heads"])


@per_rules
def _nickname_prefix_alt() -> str:
    return "|".join(re.escape(p) for p in _rules()["english"].get("nickname_prefixes") or [])


@per_rules
def _at_university_rx() -> re.Pattern:
    return re.compile(rf"\b((?:[A-Z][\w\-]*\s+){{0,3}}(?:{_en_head_alt()}))\s+at\s+(the\s+University\s+of\s+[A-Z][\w\-]*"
                      rf"(?:\s+[A-Z][\w\-]*){{0,2}}|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+University)\b")


@per_rules
def _en_heads_lower_words() -> frozenset[str]:
    return frozenset(w.lower() for h in _en_heads() for w in h.split())


@per_rules
def _camel_head_alt() -> str:
    return "|".join(re.escape(h) for h in _en_heads() if " " not in h and h[0].isupper())


@per_rules
def _compound_name_rx() -> re.Pattern:
    r = _rules()["english"]
    pre = "|".join(re.escape(x) for x in r.get("compound_prefixes") or ["\x00"])
    heads = "|".join(re.escape(x) for x in r.get("compound_heads") or ["\x00"])
    low = "|".join(re.escape(x.lower()) for x in r.get("compound_prefixes") or ["\x00"])
    # (a place's name glued before the field in lower case: Lyonbiopôle)
    return re.compile(rf"(?<![\w-])((?:{pre})(?:{heads})|[A-Z][a-z]{{2,}}(?:{low})(?:{heads}))(?![\w-])")


def _with_town_after(name: str, text: str, end: int) -> tuple[str, str | None]:
    """A one-word park's name and the town written right after it, as the name's own (BioPark Regensburg,
    Technologiepark Dortmund: the town tells one park of that kind from the others, as in Technopark Zürich);
    the name alone otherwise (BioValley Basel is BioValley, in Basel)."""
    tail = re.match(r"\s+([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]+)\b(?!\s+[A-Z])", text[end:])
    if name.lower().endswith("park") and tail and tail.group(1) in place_lookup() and tail.group(1) not in country_surface_set():
        return f"{name} {tail.group(1)}", tail.group(1)
    return name, None


_FOR_FIELD_NAME = re.compile(r"\b((?:[A-Z][\w\-]*\s+(?:(?:and|&)\s+)?){1,3}(?:Center|Centre|Park|Campus|Hub|Zone|City))\s+for\s+"
                             r"((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)\s*\(([A-Z]{2,6})\)")

_CAP = rf"(?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*|{NAME_LINKS})"
# words that give a name to what comes next: 'rebranded by the city as the', 'officially named the'
_GIVEN_NAME_BEFORE = re.compile(r"\b(?:rebranded|renamed|branded|designated|christened|named|dubbed|called)\s+(?:by\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+)?"
                                r"(?:in\s+\d{4}\s+)?(?:as\s+)?the\s+$")
_WORD = rf"(?:{_CAP})(?![\w’'&\-])"  # one whole word of a name (not the 'an' of 'and')
_ABBR = r"(?:St|Ste|Mt|Ft)\.\s+"  # the abbreviated first word of a place name: St. Louis, Mt. Pleasant


def _named_subject_before(before: str) -> bool:
    """'The Cortex is ' / 'Kendall Square has become ': a capitalised name as the subject of a
    copula just before; what follows describes it (not a pronoun, a generic noun or a place)."""
    m = re.search(r"(?:^|[.;]\s+)(?:The\s+)?([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*(?:\s+[A-Z0-9][\w’'\-]*){0,3})\s+"
                  r"(?:is|was|remains|has become|became)\s+$", before)
    if not m:
        return False
    words = m.group(1).split()
    return not (_is_function_word(words[0]) or all(_is_generic(w) or _is_place(w) for w in words)
                or m.group(1) in country_surface_set())


def _described_subject_before(before: str) -> bool:
    """'Bitgaram Energy Valley is an ': a named subject's copula and an article just before: what follows
    describes it (as _named_subject_before, past the article)."""
    return _named_subject_before(re.sub(r"\b(?:an?|the|one\s+of\s+the)\s+$", "", before))


def _uncapped(text: str) -> str:
    """A line in capitals read as a title ('UA TECH PARK ANNUAL REPORT' -> 'UA Tech Park Annual
    Report'; words of up to three letters stay, as acronyms do); same length, same offsets."""
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) < 3 or not letters or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return text
    return re.sub(r"[A-Z]{4,}", lambda m: m.group()[0] + m.group()[1:].lower(), text)


def title_cased(text: str) -> bool:
    """A headline written in Title Case ('Seoul to Transform G Valley from Industrial Zone into Mixed-Use
    Hub'): every word of four letters or more that is no function word is capitalised, four at least."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'\-]*", text) if len(w) >= 4 and not _is_function_word(w)]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _after_place_and(name: str) -> str:
    """A name read over 'and' after a country ('Vietnam and Konza Technopolis'): the part after it (not after a
    town: 'Bristol and Bath Science Park' is one park of two towns)."""
    m = re.match(r"((?:[A-Z][\w\-]*\s+){1,3})and\s+(\S.*)$", name)
    if m and m.group(1).strip() in country_surface_set():
        return m.group(2)
    return name


def english_candidates(sent: Sentence, reg: Registry) -> None:
    text = _uncapped(sent.text)
    where = (sent.page, sent.start)
    found: list[tuple[str, str | None]] = []
    city_heads: list[tuple[str, str]] = []
    # A numbered section heading "3. Ireland: the Dublin Docklands" / "3. Dublin Docklands (Ireland)"
    hm = re.match(_rules()["numbered_heading"], text) if sent.para_kind == "heading" else None
    if hm:
        rest = text[hm.end():].strip()
        m = re.match(r"(?P<country>[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w .’'\-]+?)\s*[:–—-]\s+(?:the\s+)?(?P<name>.+?)\s*$", rest) or \
            re.match(r"(?:the\s+)?(?P<name>.+?)\s*\((?P<country>[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w .’'\-]+)\)\s*$", rest)
        if m and m.group("country") in country_surface_set():
            name = m.group("name").strip()
            words = name.split()
            if 1 <= len(words) <= 5 and all(w[0].isupper() or w in ("of", "de", "la", "and", "&") for w in words) \
                    and not all(_is_generic(w) or _is_place(w) for w in words) and not _negative(words[-1], "en"):
                places = [w for w in words if w in place_lookup()]
                reg.add([name], "heading", where, name_en=name,
                        region=place_lookup()[places[0]][0] if places else None)
    # A heading "Name: a descriptor ending in a head" / "Name — ..." (Lyonbiopôle: Auvergne-Rhône-Alpes
    # health technology cluster): the name is the cluster; the descriptor names no other
    described = None
    if sent.para_kind == "heading":
        hd = re.match(rf"^([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'ôéèàüö\-]+(?:\s+[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'ôéèàüö\-]+){{0,3}})\s*(?::|\s[—–-])\s+(.+)$", text)
        head = re.search(rf"\b(?:{_lowercase_head_alt()}|{_en_head_alt()})\b", hd.group(2), re.I) if hd else None
        # (a description has words in lower case: 'LCQ16: Hong Kong Science Park' names the park in its
        # descriptor; a code is no name: LC Q3; a head after 'of' is another place's: 'Tenancy position of Science Park')
        if head and re.search(r"(?:^|\s)[a-z]", hd.group(2)) and not re.search(r"\b[A-Z]*\d+[A-Z]*\b", hd.group(1)) \
                and not re.search(r"\bof\s+(?:the\s+)?$", hd.group(2)[:head.start()]) \
                and not _is_generic(hd.group(1)) and not _is_place(hd.group(1)) and hd.group(1) not in country_surface_set() \
                and not re.fullmatch(r"The\s+\S+", hd.group(1)) and not _is_function_word(hd.group(1)) \
                and not (len(hd.group(1).split()) > 1 and hd.group(1).isupper()) \
                and not _placed_head(hd.group(2)[:head.start()]) \
                and hd.group(1).split()[0].lower() not in _PREPOSITIONS \
                and not re.match(r"(?:how|why|what|when|where|who)\b", hd.group(2), re.I):
            # (nor a series' title over a headline naming its own cluster: 'Brookings Data Now: 10,000 Jobs
            # Being Created in St. Louis Innovation District')
            # (a section's title: 'The Genesis - Valley of Innovation'; a rubric: 'Interview: …', 'CULTURE OF INNOVATION: …')
            # (nor a story's headline: 'After Nokia: how Oulu rebuilt its tech cluster')
            name, region = hd.group(1), None
            owner = re.match(r"((?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+)['’]s\s+(\S.*)$", name)
            if owner and owner.group(1) in place_lookup() and owner.group(2)[:1].isupper():
                name, region = owner.group(2), place_lookup()[owner.group(1)][0]  # 'Dublin's Silicon Docks: …' is Silicon Docks
            reg.add([name], "heading", where, name_en=name, region=region)
            described = (hd.start(2), hd.end(2))
    # A profile's heading 'Name, City' (South Lake Union, Seattle): the name, placed in the city
    if sent.para_kind == "heading" and (pm := re.fullmatch(rf"((?:{_CAP}\s+){{0,4}}{_CAP}),\s+([A-Z][\w.’'\- ]{{1,30}}?)\s*", text)) \
            and pm.group(2) in place_lookup() and not _is_place(pm.group(1)) and pm.group(1) not in place_lookup() \
            and pm.group(1) not in country_surface_set() and not all(_is_generic(w) for w in pm.group(1).split()) \
            and not any(_negative(w, "en") for w in pm.group(1).split()):
        reg.add([pm.group(1)], "heading", where, name_en=pm.group(1), region=place_lookup()[pm.group(2)][0])
    # A place a kind noun introduces by what it is called: 'a burgeoning neighborhood on the west
    # side of the city, called University City'
    kinds = "|".join(re.escape(w) for w in _rules()["english"].get("called_kind_nouns") or ("\x00",))
    # (or that people call so, right after the kind: 'a stretch locals now call Robotics Row'; not 'the campus occupies a
    # triangle of land that locals call the Presqu'île', another word for the campus's own ground)
    for m in re.finditer(rf"\b(?:{kinds})\b(?:[^.;:]{{0,60}}?,?\s+(?:called|known as|dubbed|nicknamed|named)"
                         rf"|\s+(?:that\s+|which\s+)?(?:[a-z]+\s+){{1,3}}?calls?)\s+(?:the\s+)?[\"“']?((?:{_CAP}\s+){{0,3}}{_CAP})", text):
        name, owner = m.group(1), None
        if re.search(r"\s(?:of|de|and|the)$", name):
            if _gazetteer_country(re.sub(r"(?:\s+(?:of|de|and|the))+$", "", name)) is not None:
                continue  # 'called the Silicon Valley of the Nordic countries': a likeness, not a name
            name = re.sub(r"(?:\s+(?:of|de|and|the))+$", "", name)
        if (own := re.match(r"((?:[A-Z][\w\-]*\s)?[A-Z][\w\-]*)['’]s\s+(\S.*)$", name)):
            owner, name = own.group(1), own.group(2)  # dubbed "Africa's Silicon Savannah": Silicon Savannah, Africa's
        if not _is_place(name) and name not in place_lookup() and name not in country_surface_set() \
                and not all(_is_generic(w) or _is_function_word(w) for w in name.split()) and not _negative(name.split()[-1], "en"):
            reg.add([name], "en_pattern", where, name_en=name,  # (University City: not a university)
                    region=place_lookup()[owner][0] if owner in place_lookup() else None)
    # A name set after the kind it is, with a comma and nothing after it: 'one of the country's main
    # technological innovation hubs, Porto Digital.'
    for m in re.finditer(rf"\b(?:{_lowercase_head_alt()})s?,\s+((?:{_CAP}\s+){{0,2}}{_CAP})(?=\s*[.;)]|\s*$)", text):
        name = m.group(1)
        if not _is_place(name) and name not in place_lookup() and name not in country_surface_set() \
                and not all(_is_generic(w) or _is_function_word(w) or _is_place(w) for w in name.split()) \
                and not _negative(name.split()[-1], "en"):
            reg.add([name], "en_pattern", where, name_en=name)
    # A name opening the sentence, set before the kind it is: 'Tatu City, Kenya's first operational Special
    # Economic Zone (SEZ), hosted …', 'Porto Digital, a technology park in Recife, …'
    # (after a dateline and 'The', and with the district it lies in: 'SEOUL — The Digital Media City in Sangam-dong, the
    # media and IT complex built on …')
    am = re.match(rf"(?:[A-Z][A-Z .’'\-]+(?:,\s+[A-Z][\w ]+)?\s*[—–]\s*The\s+)?((?:{_CAP}\s+){{0,2}}{_CAP})(?:\s+in\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)?,\s+"
                  rf"(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?['’]s|the|a|an)\s+(?:[a-z][\w\-]*\s+){{0,3}}"
                  rf"(?:[A-Z][\w&\-]*\s+){{0,3}}(?:{_en_head_alt()}|{_lowercase_head_alt()})\b", text)
    aw = am.group(1).split() if am else []
    # (two words at least, none an opening adverb or preposition: not 'Nationally, the sector …', 'Across Australia, …')
    if am and len(aw) >= 2 and not _is_place(am.group(1)) and am.group(1) not in place_lookup() and am.group(1) not in country_surface_set() \
            and not any(_is_generic(w) or _is_function_word(w) or w.lower() in _PREPOSITIONS or re.search(r"(?:ly|wide)$", w) for w in aw) \
            and not _negative(aw[-1], "en"):
        reg.add([am.group(1)], "en_pattern", where, name_en=am.group(1))
    # A kind named for its field, with an acronym after it: 'the Innovation and Start-up Center for Biotechnology
    # (IZB)', 'the Science Park for Life Sciences (SPLS)': the whole is the name, the acronym another
    # (the words before 'for' a head of several words, or two joined by 'and' of which the first makes one:
    # not 'the Centre for Process Innovation (CPI)', a body)
    for m in _FOR_FIELD_NAME.finditer(text):
        kind = re.sub(r"^(?:The|the)\s+", "", m.group(1))
        joined = re.fullmatch(r"([A-Z][\w\-]*)\s+(?:and|&)\s+[A-Z][\w\-]*\s+([A-Z][\w\-]*)", kind)
        if any(kind == h or kind.endswith(" " + h) for h in _en_heads() if " " in h) \
                or (joined and f"{joined.group(1)} {joined.group(2)}" in _en_heads()):
            name = f"{kind} for {m.group(2)}"
            reg.add([name, m.group(3)], "en_pattern", where, name_en=name)
    # Two names sharing a plural predicate: "Manchester Science Park and the Sci-Tech Daresbury campus
    # are the other two main innovation hubs"
    # (or an appositive in the plural: 'out of HITEC City and Gachibowli, the key clusters in Western Hyderabad')
    for m in re.finditer(rf"((?:{_CAP}\s+){{0,3}}{_CAP})\s+and\s+(?:the\s+)?((?:{_CAP}\s+){{0,3}}{_CAP})(\s+(?:campus|park|hub|site))?"
                         rf"(?:\s+(?:are|were|remain|form)\s+(?:the\s+|both\s+)?|,\s+(?:the|two|both)\s+)[^.;]{{0,50}}?\b(?:hubs|parks|clusters|campuses|districts|centres|centers)\b", text):
        for name in (m.group(1), m.group(2)):
            name = re.sub(rf"^(?:(?:The|the|{NAME_LINKS})\s+)+", "", name)
            if name and name[0].isupper() and not all(_is_generic(w) or _is_place(w) for w in name.split()) \
                    and not _negative(name.split()[-1], "en"):
                found.append((name, None))
    # Capitalised words + head: Medicon Valley, Kista Science City, Research Triangle Park
    # (an ordinal inside a name, after a capitalised word: the Osong 3rd Bio-Health Science Complex)
    # (or a road's number: the Route 128 Technology Corridor)
    # (words joined by '+' too: the David Johnson Research + Technology Park; not the 'T Park' of 'R+T Park')
    for m in re.finditer(rf"(?<![+&])\b((?:{_ABBR})?(?:{_CAP}\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+|(?:(?<=Route\s)|(?<=Highway\s)|(?<=Interstate\s))\d{{1,3}}\s+)?){{0,3}}(?:{_CAP}\s+(?:and|&|\+)\s+)?{_CAP}\s+)?({_en_head_alt()})\b", text):
        prefix = (m.group(1) or "").split()
        conj = next((w for w in prefix if w in ("and", "&", "+")), None)
        if conj:  # 'Science and Innovation Campus'; not 'Google and Research Triangle Park'
            k = prefix.index(conj)  # ('Bristol and Bath Science Park': two places share one park)
            if not (k > 0 and (_is_generic(prefix[k - 1]) or (_is_place(prefix[k - 1]) and k + 1 < len(prefix) and not _is_generic(prefix[k + 1])))):
                lead = list(prefix[:k])  # 'of Tainan Science Park and Kaohsiung Science Park': the first is a name too
                while lead and (not lead[0][:1].isupper() or _is_function_word(lead[0])):
                    lead.pop(0)
                first = " ".join(lead)
                if lead and any(first.endswith(" " + h) for h in _en_heads()) and not _is_generic(lead[0]):
                    found.append((first, None))
                prefix = prefix[k + 1:]
        region = None
        # determiners and lower-case generic words go; capitalised words are part of the name
        # (Research Triangle Park), unless the whole prefix is generic (Innovation Center)
        while prefix and (prefix[0] in ("The", "the", "A", "An", "of", "de", "la", "du")
                          or prefix[0].lower() in _PREPOSITIONS  # "In Kista Science City, ...": a setting
                          or _is_function_word(prefix[0])  # "Today Pangyo Techno Valley is ...": an adverb
                          or prefix[0] in ("This", "That", "These", "Those", "Its", "Their", "Our", "Each", "Every", "Both")
                          or (prefix[0][0].islower() and _is_generic(prefix[0]))
                          or (len(prefix[0]) > 2 and prefix[0].lower() in _scale_words())):  # '$15 Billion Konza …': the figure's
            prefix.pop(0)
        if "of" in prefix and prefix.index("of") > 0 and not _of_owner(prefix[prefix.index("of") - 1]):
            prefix = prefix[prefix.index("of") + 1:]  # 'Announce Expansion of Innovation District' (a headline's words)
        if prefix and re.search(r"['’]s$", prefix[0]):
            region = re.sub(r"['’]s$", "", prefix.pop(0))
            lead = re.search(r"((?:[A-ZÀ-Þ][\w\-]*\s+){1,2})$", text[:m.start(1)])
            if lead and " ".join([*lead.group(1).split(), region]) in place_lookup():
                region = " ".join([*lead.group(1).split(), region])  # Salt Lake City's …: the whole place
            region = None if region in country_surface_set() else region  # Korea's Osong Biocluster: a country is no region
        elif (own := next((k for k, w in enumerate(prefix) if re.search(r"['’]s$", w)), None)) is not None \
                and _place_owner(prefix[:own + 1]):
            region = re.sub(r"['’]s$", "", " ".join(prefix[:own + 1]))  # North Carolina's Research Triangle
            prefix = prefix[own + 1:]
        elif own is not None and re.sub(r"['’]s$", "", " ".join(prefix[:own + 1])) in country_surface_set():
            # a country of several words owning the name: 'South Korea's Osong Bio Valley' (no region), and
            # 'Hong Kong's Science Park' with nothing of its own after the owner is the Hong Kong Science Park
            rest = prefix[own + 1:]
            prefix = rest if rest and not all(_is_generic(w) for w in rest) \
                else [*prefix[:own], re.sub(r"['’]s$", "", prefix[own]), *rest]
        elif own is not None:
            prefix[own] = re.sub(r"['’]s$", "", prefix[own])  # Masdar City's Free Zone: the owner's, named after it
        head = m.group(2)
        if head in _rules()["english"]["weak_heads"] and re.match(r"\s+(?:region|area|metro(?:politan)?\s+area)\b", text[m.end():]):
            continue  # 'the Research Triangle region': a region named after a place, not a cluster
        # a participle opening the words before a name with more after it describes the name:
        # 'Government-developed Hsinchu Science Park'
        while len(prefix) > 1 and re.fullmatch(r"[A-Za-z]+-(?:developed|built|designed|managed|operated|sponsored|supported|planned|owned|run|led|funded|backed)", prefix[0]) \
                and not _is_generic(prefix[1]):
            prefix.pop(0)
        # ... and so do nationalities: 'the Danish-Swedish Medicon Valley' (not 'Swiss Innovation Park', where
        # nothing but the head's words is left)
        while len(prefix) > 1 and not _is_generic(prefix[1]) and all(
                re.search(r"(?:ish|ese|an|ic|i)$", part) and part in country_surface_set() for part in prefix[0].split("-")):
            prefix.pop(0)
        if any(re.fullmatch(r"[A-Za-z]+-(?:led|based|driven|backed|owned|funded|oriented|focused|run)", w) for w in prefix):
            continue  # 'Government-led IT Cluster': a heading's description, not a name
        titles = _rules()["english"].get("person_titles") or ()
        # (a title right before the head's words is an adjective there: Hamyang General Industrial Complex)
        if any(w in titles for w in prefix[:-1]) or (prefix and prefix[-1] in titles and head.split()[0] == "Park") \
                or (head == "Park" and re.match(r"\s+[A-Z][a-z]+-[a-z]+\b", text[m.end():])):
            continue  # 'President Park Jung-hee': a person named Park, not a park
        # a known place right after the head is part of the name: Switzerland Innovation Park Zurich,
        # High Tech Campus Eindhoven, Technopark Zürich
        tail = re.match(r"\s+([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]+)\b(?!\s+[A-Z])", text[m.end():])
        national = placed_after = False
        if tail and (_is_place(tail.group(1)) or tail.group(1) in place_lookup()) and (
                tail.group(1) not in country_surface_set()
                or (all(_is_generic(w) for w in prefix + head.split()[:-1]) and _gazetteer_country(" ".join(prefix + [head])) is None)):
            head = f"{head} {tail.group(1)}"  # (a country too after a bare head: Technology Park Malaysia)
            national = tail.group(1) in country_surface_set()
            placed_after = " ".join([*prefix, head.rsplit(" ", 1)[0]]) in _en_heads()
        if not prefix and region and " " in head and head in _en_heads() and region in place_lookup() \
                and region not in country_surface_set():
            found.append((f"{region} {head}", region))  # Boston's Innovation District: the city's district,
            city_heads.append((f"{region} {head}", head))  # later 'the Innovation District' (capitalised) too
            continue
        placed = re.match(r"\s+in\s+((?:[A-Z][\w’'\-]*\s+)?[A-Z][\w’'\-]*)\b", text[m.end():]) \
            if not prefix and " " in head and head in _en_heads() and re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()]) else None
        if placed and (placed.group(1) in place_lookup() or placed.group(1).split()[-1] in place_lookup()) \
                and placed.group(1) not in country_surface_set() and placed.group(1).split()[-1] not in country_surface_set():
            found.append((f"{placed.group(1)} {head}", placed.group(1).split()[-1]))  # 'the Innovation District in South
            city_heads.append((f"{placed.group(1)} {head}", head))  # Boston': that city's district, as its possessive says
            continue
        of_place = re.match(r"\s+of\s+([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]+(?:\s+[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]+)?)\b(?!\s+[A-Z])", text[m.end():]) \
            if " " in " ".join([*prefix, head]) and " ".join([*prefix, head]) in _en_heads() else None
        if of_place and (of_place.group(1) in place_lookup() or of_place.group(1).split()[-1] in place_lookup()) \
                and of_place.group(1) not in country_surface_set():
            of_where = of_place.group(1).split()[-1] if of_place.group(1).split()[-1] in place_lookup() else of_place.group(1)
            found.append((f"{' '.join([*prefix, head])} of {of_place.group(1)}", of_where))  # 'the Technology Park of Andalusia': a region's park
            continue
        if not prefix and " " in head and head in _en_heads() and _GIVEN_NAME_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            # a kind given as a name: 'the waterfront, rebranded by the city as the Innovation District' (the place
            # the sentence names before it is its place)
            before_it = [p for p in find_places(text[:m.start()]) if p[3] != "KR"]
            place = before_it[-1][2] if before_it else None
            found.append((f"{place} {head}" if place else head, place))
            if place:
                city_heads.append((f"{place} {head}", head))
            continue
        if not prefix and (" " not in head or head in _en_heads()) and head not in _one_word_names():
            continue  # a head alone, of one word or several: 'the largest Science City in Japan'
        if head in ("Campus", "Hub") and any(w in (_rules()["english"].get("owner_negatives") or ()) for w in prefix):
            continue  # Aalto University Campus: a university's campus
        if prefix and all(_is_generic(w) for w in prefix) and not national and not placed_after:
            continue  # (a whole kind with its town after it is a name: Technology Park Dortmund, Science Park Graz)
        if prefix and head in _rules()["english"]["weak_heads"] and " ".join(prefix).lower() in _sector_words_en() \
                and tail is not None and tail.group(1) in country_surface_set():
            continue  # 'Pharmaceutical Hub Switzerland: Basel Region': an industry, a weak head and a country are a kind
            # (not 'The Digital Corridor (DC)', a name)
        owners = _rules()["english"].get("owner_negatives") or ()
        if any(_negative(w, "en") and not (w in owners and _park_head(head))
               and not (k + 1 < len(prefix) and prefix[k + 1] not in ("of", "de") and prefix[k + 1][0].isupper())
               for k, w in enumerate(prefix)):
            continue  # (a university's research park is named by it: University of Utah Research Park;
            # a negative word modifying the next capitalised word is a place's: University City Science Center)
        if _facility_after(text, m.end()):
            continue  # the BioHub incubator, the Innovation Park building: a facility, named by the noun after it
        if prefix and " ".join(prefix + [head]) in _en_heads():
            continue  # Free + Economic Zone: a longer head, still the kind alone
        if _RANKED_KIND_EN.search(text[max(0, m.start() - 60):m.start()] + " ") and not region \
                and not any(_is_place(w) or w in place_lookup() for w in prefix):
            continue  # "India's first Information Technology Park": a kind ranked, capitalised, not a name
        if not region and re.search(r"(?<![\w'’])(?:a|an|A|An)\s+(?:[a-z][\w\-]*\s+){0,2}$", text[max(0, m.start() - 40):m.start()]) \
                and not any(_is_place(w) or w in place_lookup() for w in prefix):
            continue  # "It is a gazetted Special Economic Zone": one of a kind, capitalised, not a name
        found.append((" ".join(prefix + [head]), region))
    # Place + sector + lower-case head: the Boston biotech cluster, the Otaniemi innovation hub
    lower = _lowercase_head_alt()
    for m in re.finditer(rf"(?<![\w.&])((?:{_ABBR})?(?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*\s+){{1,3}}(?:[a-z][\w\-]*\s+){{0,2}})({lower})\b(?!s)", text):
        words = m.group(1).split()
        while len(words) > 1 and words[0][0].isupper() and words[0] not in ("The", "A", "An", "How", "Why", "What", "When", "Where", "Who", "Which") \
                and _is_function_word(words[0]) and words[1][0].isupper():
            words.pop(0)  # 'Today Oulu's ICT ecosystem is growing': the sentence's opening word, not the name's
            # (not a headline's question: 'Why Lyon's biotech cluster keeps growing' names it again below)
        if _named_subject_before(text[:m.start()]):
            continue  # "The Cortex is St. Louis's innovation hub": a description of the named subject
        if re.search(r"\b(?:University|College|Institute|School|Hospital)\s+of\s+(?:the\s+)?$", text[:m.start(1)]):
            continue  # "The University of Reading's science park": an institution's own park, not one named after the town
        if any(w[0].islower() and _is_function_word(w) for w in words[1:]) \
                or (_is_function_word(words[0]) and words[0] not in ("The", "A", "An")):
            continue  # "Much of the cluster's strength", "Its space cluster"
        region = None
        owner = next((k for k, w in enumerate(words) if re.search(r"['’]s$", w)), None)
        if owner is not None and _place_owner(words[:owner + 1]):
            # Oulu's ICT ecosystem, Waterloo Region's technology ecosystem: a place's industry
            # cluster is named after the place (as 드레스덴 반도체 클러스터)
            place = re.sub(r"['’]s$", "", " ".join(words[:owner + 1]))
            rest = words[owner + 1:]
            if not rest and re.match(r"\s+of\b", text[m.end():]):
                continue  # 'the Bay Area's cluster of innovative firms': a gathering, not a name
            if all(w[0].islower() or _is_generic(w) or w.lower() in _sector_words_en() for w in rest):
                found.append((" ".join([place, *rest, m.group(2)]), place))  # (an industry written in capitals too:
                continue  # 'Montreal's AI ecosystem')
        if owner is not None and owner == len(words) - 1 \
                and re.sub(r"['’]s$", "", " ".join(words)) in country_surface_set():
            continue  # "growing as Nigeria's technology hub": a country's hub, described, not named
        if owner is not None and owner > 0:  # Kendall Square's innovation district: the owner is named
            # elsewhere; what follows is a name only with capitalised words of its own
            region = re.sub(r"['’]s$", "", " ".join(words[:owner + 1]))
            words = words[owner + 1:]
        while words and (words[0] in ("The", "the") or _is_generic(words[0])
                         or (re.search(r"['’]s$", words[0]) and len(words) > 1)):
            if re.search(r"['’]s$", words[0]) and not _is_function_word(re.sub(r"['’]s$", "", words[0]).lower()):
                region = re.sub(r"['’]s$", "", words[0])  # Finland's Otaniemi ...: the place, not the name
            words.pop(0)  # (not a day's: 'Today's Toulouse aerospace cluster')
        if not words or all(_is_generic(w) for w in words):
            continue
        if len(words) == 1 and re.search(r"['’]s$", words[0]) and m.group(2)[0].islower():
            words = [re.sub(r"['’]s$", "", words[0])]  # 'Tartu's science park': the park named after its owner
        if not any(w[0].isupper() and not _is_generic(w) for w in words):
            continue
        caps = [w for w in words if w[0].isupper()]
        if caps and len(caps) < len(words) and words[:len(caps)] == caps and (
                (len(caps) >= 2 and _ends_with_head(" ".join(caps), "en"))
                or caps[-1].lower().endswith(("pôle", "pole", "polis", "valley", "park", "parc", "campus"))):
            if len(caps) == 1 and not _is_place(caps[0]) and caps[0] not in place_lookup():
                found.append((caps[0], region))  # (one word holding its head: the name alone)
            continue  # 'the Aerospace Valley competitiveness cluster', 'the Lyonbiopôle competitiveness cluster': a
            # name with its head, then the kind it is
        if len(words) == 1 and m.start(1) == 0 and words[0].lower() in _sector_words_en():
            continue  # 'Biotech cluster in Songdo to be expanded': a headline's capital, the kind of cluster
        if _RANKED_KIND_EN.search(text[max(0, m.start(1) - 60):m.start(1)]) and not any(_is_place(w) or w in place_lookup() for w in words):
            continue  # "India's … first R&D and Clean Manufacturing cluster": a description of a kind, capitalised
        found.append((" ".join(words) + " " + m.group(2), region if region not in country_surface_set() else None))
    # ... and the same words the other way round: 'Biotech cluster in Songdo', 'its biotech cluster in
    # Songdo International City' (sector words only, a known place right after 'in': not 'the largest
    # cluster in Boston')
    reversed_names: list[tuple[str, str, str]] = []
    for m in re.finditer(rf"(?<![\w.&])((?:[A-Za-z][\w\-]*\s+){{0,2}}?)({lower})\s+in\s+([A-Z][\w\-]+)", text):
        sector = m.group(1).split()
        while sector and sector[0].lower() in ("the", "its", "their", "a", "an", "this", "that"):
            sector.pop(0)
        place = m.group(3)
        if not sector or any(w.lower() not in _sector_words_en() for w in sector) \
                or not (place in place_lookup() or place in romanized_korean_places()) or place in country_surface_set():
            continue
        if _described_subject_before(text[:m.start(1) + m.group(1).index(sector[0])]):
            continue  # 'Bitgaram Energy Valley is an energy cluster in Naju': a description of the named subject
        surface = text[m.start(1) + m.group(1).index(sector[0]):m.end()]  # (its mention: biotech cluster in Songdo)
        reversed_names.append((" ".join([place, *(w.lower() for w in sector), m.group(2)]), surface, place))
    # Copula / appositive: "X is a ... science park", "X, a ... cluster", "X, a creative-industries district",
    # "X is Estonia's largest business campus", "X, which the business association calls the largest technology park",
    # "X (Russian: …, 'academic town') is a research town", "MINATEC located in Grenoble has been one of the first
    # innovation campuses created in Europe"
    described_as: list[tuple[str, frozenset]] = []  # 'X, the <description>': X and a cluster named so are one
    strong = _strong_en_head_alt()
    # (or after an opening clause and its comma: 'With a focus on …, Hangzhou Biopharma Town, an industrial cluster …')
    for m in re.finditer(rf"(?:^|[.;]\s+|\s[—–]\s+|^[A-Z][^,;.]{{3,80}},\s+(?=[A-Z][\w’'\-]*\s+[A-Z][^,;.]*,\s+(?i:a|an)\s))((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*['’]s\s+)?(?:[A-Za-zÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*)(?:\s+[A-Z0-9][\w’'\-]*){{0,3}})(?:\s\([^()]{{1,80}}\)|,\s+(?i:a|an)\s+[^,;.()]{{3,60}},|,\s+(?:situated|located|based|nestled|lying|set)\s+[^,;.()]{{3,80}},|\s+(?:situated|located|based)\s+in\s+[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)?(?:,\s+(?:{_CALLED})?(?:(?i:a|an|the)|(?P<owner>[A-ZÀ-Þ][\w\-]*(?:\s[A-Z][\w\-]*)?['’]s))\s+|\s+(?i:is|was|has been|had been|has become|became|remains|has evolved into|evolved into|has grown into|grew into|has developed into)\s+(?:(?i:a|an|the|one of the)|(?:{_ABBR})?[A-ZÀ-Þ][\w\-]*['’]s)\s+)[^.;]{{0,80}}?\b(?i:{strong}|campus|hub|{_SECTOR_DISTRICT})(?:es|s)?\b", text):
        subj = m.group(1)
        if subj.split()[0].lower() in _PREPOSITIONS and re.match(r",\s+(?:a|an)\s", text[m.end(1):]):
            continue  # "In West Lafayette, a research park …": a setting, not a name (not 'Inside Yaba, the district that calls itself …')
        while len(subj.split()) > 1 and _is_function_word(subj.split()[0]) and subj.split()[0] not in ("The", "the"):
            subj = subj.split(" ", 1)[1]  # "While Silicon Valley is …": a conjunction opening the clause
        if subj.split()[0].lower() in _PREPOSITIONS or (len(subj.split()) == 1 and _is_function_word(subj)):
            continue  # "In Lyon, the ... cluster": a setting, not a name; "Furthermore, the …": an adverb
        if _head_modifies_rx().match(text, m.end()) or re.match(r"['’]s?\s", text[m.end():]):
            continue  # "X is the 150th campus resident": a firm the campus houses, the head only modifies
            # ("Fibre is the valley's calling card": the head owns what X is)
        if _facility_apposition_rx().match(text, m.end(1)):
            continue  # 'Tech City UK, the agency set up to promote the cluster': a body named after it
        gap = m.group(0)[len(m.group(0).split(subj, 1)[0]) + len(subj):]
        if re.search(r"\b(?:of|in|at|on|to|from|with|for)\s+(?:(?:the|a|an|its|their)\s+(?:\S+\s+){0,2}\S+|[A-Z]\S*(?:\s+[A-Z]\S*){0,3})\s*$", gap) \
                and not re.search(r"one of the", gap):
            continue  # "Space is the fastest-growing part of the campus": a part of it, not a name
            # ('MassChallenge was a key anchor for the Innovation District': what it does for one)
        if len(subj.split()) == 1 and _is_generic(subj):
            continue
        if re.match(r",\s+(?:the|a|an)\s+(?:university|college|institute|school|company|firm|group)['’]s\s", gap, re.I):
            continue  # 'The Purdue Foundry, the university's entrepreneurship hub': a body of its owner, no cluster
        if re.match(r"(?:The|the)\s", subj) and all(_is_generic(w) or w.lower() in _en_heads_lower_words() for w in subj.split()[1:]):
            continue  # "The Science Park is the largest … hub": the kind, capitalised, refers back to the park named
        subj = re.sub(r"^(?:The|the)\s+(?=\S)", "", subj)  # "The Cambridge Cluster is a ...": not part of the name
        region = None
        pm = re.match(r"([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]*)['’]s\s+(.+)", subj)
        if pm:
            region, subj = pm.group(1), pm.group(2)
        if region and not subj[0].isalpha():
            continue
        # (a company town is a place: Wolfsburg; so is a place set apart as another's hub: 'Zhangjiang, Shanghai's
        # drug-discovery hub')
        town = re.search(r"company\s+towns?$", m.group(0), re.I) is not None \
            or (m.group("owner") is not None and re.sub(r"['’]s$", "", m.group("owner")) != subj)
        if not (subj[0].isupper() or (region and "-" in subj)) or (all(_is_generic(w) or _is_place(w) for w in subj.split()) and not town) \
                or _negative(subj.split()[-1], "en") or subj in country_surface_set():
            continue
        found.append((subj, region))
        if re.match(r",\s+(?i:the)\s", gap):  # 'CSconnected, the compound semiconductor cluster in South Wales'
            desc = re.sub(r"^,\s+(?i:the)\s+", "", gap)
            place = re.match(r"\s+in\s+((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]+\s?){1,3})", text[m.end():])
            described_as.append((subj, frozenset((desc + " " + (place.group(1) if place else "")).lower().split())))
    # a name no head word marks, opening a sentence as the place many firms are in: 'Cyberjaya is home
    # to over 800 companies', 'Kista hosts some 1,000 ICT firms', 'Cyberport brands itself as … hub and
    # today plays host to roughly 2,000 start-ups' (not a known place, firm or person)
    for m in re.finditer(rf"(?:^|[.;]\s+)((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*)(?:\s+[A-Z][\w’'\-]*){{0,2}})\s+(?:(?:is|was)\s+(?:now\s+)?home\s+to|hosts|houses|plays\s+host\s+to|"
                         r"(?:brands|bills|markets|positions)\s+itself\s+as\s+[^.;]{0,60}?\b(?:hub|park|cluster|campus|district)\s+and\s+(?:today\s+|now\s+)?"
                         r"(?:is\s+home\s+to|hosts|houses|plays\s+host\s+to))"
                         r"\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|roughly|a\s+number\s+of|dozens\s+of|hundreds\s+of)\s+)?"
                         r"(?:[\d,.]+\s+)?(?:[\w\-]+\s+){0,2}?(?:companies|firms|businesses|start-?ups|enterprises|multinational\s+corporations)\b", text):
        subj = m.group(1)
        words = subj.split()
        if _is_function_word(words[0]) or words[0] in ("The", "It", "This", "That") or all(_is_generic(w) or _is_place(w) for w in words) \
                or subj in place_lookup() or subj in country_surface_set() or _negative(words[-1], "en") \
                or re.search(r"['’]s?(?:\s|$)", subj):
            continue  # (not an owner's: Cambridge's Silicon Fen is named by the rules for names)
        found.append((subj, None))
    # ... and a name something became, set off by a comma and a description ending in a head: 'the factory
    # has become CHEMPARK Leverkusen, a chemical park run by the operator Currenta'
    for m in re.finditer(rf"\b(?:has\s+become|had\s+become|became|is\s+now|was\s+renamed|turned\s+into|grew\s+into|has\s+grown\s+into)\s+"
                         rf"((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*)(?:\s+[A-Z0-9][\w’'\-]*){{0,3}}),\s+(?i:a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?i:{strong}|park|campus|hub|cluster|{_SECTOR_DISTRICT})\b", text):
        if _plain_name(m.group(1)):
            found.append((m.group(1), None))
    # ... and after a preposition, set off by a comma or a dash, the description naming whose or
    # where it is: 'building the future at Tecnopuc – the Science and Technology Park of the
    # Catholic University', 'offices in Kendall Square, the innovation district of Cambridge'
    for m in re.finditer(rf"\b(?:at|in|into|to|from)\s+((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*)(?:\s+[A-Z0-9][\w’'\-]*){{0,3}})"
                         rf"(?:,|\s[—–])\s+the\s+(?:[\w\-]+\s+){{0,5}}?(?i:{strong}|{_SECTOR_DISTRICT})\s+(?:of|in|at)\s", text):
        if _plain_name(m.group(1)):
            found.append((m.group(1), None))
    # members named after their kind in the plural: 'other industry clusters such as Dubai Media City
    # and Dubai Knowledge Village' (names of two words or more; a city alone stands for its place)
    for m in re.finditer(rf"\b(?:clusters|parks|hubs|districts|technopoles|campuses|zones)\s+(?:such\s+as|like|including|namely)\s+"
                         rf"((?:{_WORD}\s+){{1,3}}{_WORD}(?:\s*,\s*(?:{_WORD}\s+){{1,3}}{_WORD})*(?:,?\s+and\s+(?:{_WORD}\s+){{1,3}}{_WORD})?)", text):
        for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)):
            name = re.sub(rf"(?:\s+(?:{NAME_LINKS}))+$", "", name.strip())
            words = name.split()
            if len(words) < 2 or _is_function_word(words[0]) or all(_is_generic(w) or _is_place(w) for w in words) \
                    or name in place_lookup() or name in country_surface_set() or _negative(words[-1], "en"):
                continue
            found.append((name, None))
    # The copula turned round: 'The nation's largest research park is the Irvine Spectrum'
    for m in re.finditer(rf"\b(?:[Tt]he|[Aa]nother|[Oo]ne)\s+((?:[\w’'\-]+\s+){{0,5}}?)(?i:{strong}|hub)s?\s+"
                         rf"(?:is|was|remains|has become|became)\s+(?:the\s+)?((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*\s+){{1,3}}?"
                         rf"[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*)(?![\w’'\-]|\s+[A-Z])", text):
        between = m.group(1).lower().split()
        name = m.group(2)
        words = name.split()
        if any(w in _PREPOSITIONS or w in ("of", "to") for w in between) or re.search(r"['’]s$", words[-1]):
            continue  # 'The largest tenant at the park is Google': the park is not the subject
        if any(_negative(w, "en") for w in words) or all(_is_generic(w) or _is_place(w) for w in words) \
                or name in country_surface_set():
            continue
        found.append((name, None))
    # What a name stands as: 'solidifies Kanata North as a growing innovation powerhouse', 'Kanata
    # North's position as a growing and global innovation ecosystem'
    for m in re.finditer(rf"(?:\b(?:solidif(?:y|ies|ied)|cement(?:s|ed)?|establish(?:es|ed)?|confirm(?:s|ed)?)\s+"
                         rf"((?:{_CAP}\s+){{0,3}}{_CAP})\s+|\b((?:{_CAP}\s+){{0,3}}{_CAP})['’]s\s+(?:position|status|reputation|standing)\s+)"
                         rf"as\s+(?:a|an|the|one\s+of\s+the)\s+[^.;]{{0,60}}?\b(?i:{strong}|{_lowercase_head_alt()})s?\b", text):
        name = re.sub(r"^(?:The|the)\s+", "", m.group(1) or m.group(2))
        words = name.split()
        if _is_function_word(words[0]) or all(_is_generic(w) or _is_place(w) for w in words) \
                or name in place_lookup() or name in country_surface_set() or any(_negative(w, "en") for w in words):
            continue
        found.append((name, None))
    # A quoted name before the kind of place it is: "the 'Ruta N' complex was built", 'the "Kista" science city'
    for m in re.finditer(rf"\bthe\s+['‘\"“]((?:{_CAP}\s+){{0,3}}{_CAP})['’\"”]\s+(?:complex|campus|district|cluster|(?i:{_lowercase_head_alt()}))\b", text):
        name = m.group(1)
        if not (all(_is_generic(w) or _is_place(w) for w in name.split()) or name in place_lookup()
                or name in country_surface_set() or _negative(name.split()[-1], "en")):
            found.append((name, None))
    # A site named by what happens there (no head noun in its name): 'opened its headquarters in
    # Technology Square', 'Companies supported by MaRS Discovery District raised ...', 'X now
    # occupies 1.5 million square feet', 'X houses some 40 start-ups'
    for name in _site_names(text):
        found.append((name, None))
    # A name given its land area as a city is never given it: 'the 7,000-acre Cyberjaya would have …'
    for m in _SIZED_NAME.finditer(text):
        name = m.group(1)
        if not (_is_place(name) or name in place_lookup() or name in country_surface_set()
                or any(_negative(w, "en") or _is_function_word(w) for w in name.split())):
            found.append((name, None))
    # A place said to have an industry's cluster: 'San Diego lays claim to the country's third largest biotech
    # cluster', 'Basel boasts one of the world's densest life science clusters' -> the San Diego biotech cluster
    # (the place is another name of it: the text goes on about the cluster by the place's name)
    for m in _place_has_cluster_rx().finditer(text):
        place = m.group(1)
        if place in place_lookup() and place not in country_surface_set():
            reg.add([f"{place} {m.group(2).lower()} {m.group(3).lower()}", place], "en_pattern", where,
                    name_en=f"{place} {m.group(2).lower()} {m.group(3).lower()}", region=place_lookup()[place][0])
    # An industry's complex said to be in a city: 'breaks ground for an artificial intelligence complex in the
    # southwestern city of Gwangju' -> the Gwangju artificial intelligence complex (the city is another name of it)
    for m in _sector_kind_in_place_rx().finditer(text):
        place = m.group(3)
        before = re.search(r"(\S+)\s+$", text[:m.start(1)])
        if before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in ("a", "an", "the"):
            continue  # 'Bangalore IT cluster in Bavaria': the kind is another name's, only placed
        if _described_subject_before(text[:m.start(1)]):
            continue  # 'Bitgaram Energy Valley is an energy cluster in Naju': a description of the named subject
        if _is_place(place) and place not in country_surface_set():
            name = f"{place} {m.group(1).lower() if m.group(1) != 'AI' else 'AI'} {m.group(2).lower()}"
            reg.add([name, place], "en_pattern", where, name_en=name, region=place_lookup().get(place, (place,))[0])
    # A Korean kind in lower case in a place: 'the national industrial complex in the northern part of Saemangeum'
    for m in _placed_kind_rx().finditer(text):
        place = m.group(2)
        if place in country_surface_set() or _is_function_word(place) or _negative(place, "en") or place.lower() in _EN_MONTHS \
                or re.search(r"(?:[A-Z][\w\-]*['’]s|\bas)\s+$", text[:m.start()]):
            continue  # (not another place's: 'Gunsan's national industrial complex in …'; nor a kind it was made:
            # 'designated as a free economic zone in August 2013')
        kind = " ".join(w if w.isupper() or "&" in w else w.capitalize() for w in m.group(1).split())
        reg.add([f"{place} {kind}"], "en_pattern", where, name_en=f"{place} {kind}", region=place_lookup().get(place, (None,))[0])
    # Nicknames on the model of Silicon Valley: Silicon Fen, Silicon Saxony
    prefixes = _nickname_prefix_alt()
    nicknames = []  # new ones only ("known as Silicon Saxony" introduces the name; the gazetteer's
    # own, "China's Silicon Valley", are the gazetteer's and the metaphor test's business)
    for m in re.finditer(rf"\b(?:({_CAP})['’]s\s+)?((?:{prefixes})\s+[A-Z][a-z]+)\b(?!\s+(?:{_CAP}))", text) if prefixes else []:
        owner = m.group(1) if m.group(1) and _is_place(m.group(1)) else None
        # placed (Cambridge's, a place in the sentence) or introduced (known as): not a material
        # (or said to be where something is: 'Industry on the Rise in Silicon Slopes'; a firm is not 'in' one)
        placed = owner or find_places(text) or find_countries(text) \
            or re.search(r"(?:known as|called|dubbed|nicknamed)\s+(?:the\s+)?$", text[:m.start(2)]) \
            or re.search(r"\b(?:in|across|throughout|around)\s+(?:the\s+)?$", text[:m.start(2)])
        if placed and _nickname(m.group(2)) and _gazetteer_country(m.group(2)) is None:
            nicknames.append((m.group(2), owner))
    # One word of a field prefix and a kind of place: Biopôle, Genopole, Agropolis
    for m in _compound_name_rx().finditer(text):
        if not _facility_after(text, m.end()) and not any(m.group(1) == h for h in _en_heads()):
            # (a capitalised word before it that is no country and no function word is its place: Ebène Cybercity)
            pm = re.search(r"(?<![\w’'])([A-ZÀ-Þ][^\W\d_]+)\s+$", text[:m.start(1)])
            # (a known place before it only places it: Kochi Infopark is Infopark, in Kochi)
            if pm and pm.group(1) not in country_surface_set() and not _is_function_word(pm.group(1)) \
                    and pm.group(1) not in place_lookup():
                reg.add([f"{pm.group(1)} {m.group(1)}", m.group(1)], "en_pattern", where, name_en=f"{pm.group(1)} {m.group(1)}",
                        region=place_lookup().get(pm.group(1), (None,))[0])
                continue
            found.append(_with_town_after(m.group(1), text, m.end()))
    # A name in Romance word order: Parque Tecnológico de Andalucía, Hub Criativo do Beato
    for name, region in _romance_names(text):
        found.append((name, region))
    # One CamelCase word ending in a head: BioValley, MedTechCampus
    camel = _camel_head_alt()
    # (and 'City' glued on, with a country's letters after it: MediaCityUK)
    for m in re.finditer(rf"\b((?:[A-Z][a-z]+)+(?:{camel})|(?:[A-Z][a-z]+)+City(?:UK|US|NL|SG|NZ)?)\b", text):
        if not any(m.group(1) == h for h in _en_heads()) and not _facility_after(text, m.end()):
            found.append(_with_town_after(m.group(1), text, m.end()))
    if described:  # the heading's descriptor is no name of its own
        found = [(n, r) for n, r in found if not (text.find(n) >= described[0] and text.find(n) < described[1])]
    degrees = {str(w).lower() for w in _rules()["english"].get("degree_words") or ()}
    # (not the tail of a name joined by '+' or '&' with no space: the 'T Park' of 'R+T Park')
    found = [(n, r) for n, r in found if not _joined_tail(n, text)]
    # (nor a country or place joined on by 'and': 'is in Vietnam and Konza Technopolis is in Kenya' names Konza Technopolis)
    found = [(_after_place_and(n), r) for n, r in found]
    # (nor a word that only opens the sentence: 'Today RTP is home to more than 375 companies' names RTP)
    openers = _sentence_openers()
    found = [(n.split(" ", 1)[1] if " " in n and n.split()[0].lower() in openers else n, r) for n, r in found]
    # (a kind that opens names, followed by a capitalised word of its own, is that name: the heading 'Technopolis Ruska')
    kind_first = {w.lower() for w in kind_first_words()}
    found = [((f"{n} {k.group(1)}" if n.lower() in kind_first and " " not in n and (k := re.search(rf"(?<![\w-]){re.escape(n)}\s+([A-ZÀ-Þ][a-zß-ÿ][\w\-]*)\b", text))
               and not _is_function_word(k.group(1)) and not _is_generic(k.group(1)) and k.group(1).lower() not in openers else n), r)
             for n, r in found]
    # (nor a bare head found inside a longer name wherever the sentence writes it: 'Technopolis' of 'Technopolis Ruska')
    found = [(n, r) for n, r in found if " " in n or not any(
        o != n and len(re.findall(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)) == len(re.findall(rf"(?<![\w-]){re.escape(n)}(?![\w-])", " ".join(
            m.group(0) for m in re.finditer(rf"(?<![\w-]){re.escape(o)}(?![\w-])", text)))) for o, _ in found)]
    # (nor a description by degree: 'at Incheon's biggest industrial estate', a degree word written in lower case inside)
    for name, region in [(n, r) for n, r in found if not _is_metaphor(text, n) and n.split()[0].lower() not in degrees
                         and not any(w in degrees for w in n.split()[1:])] + nicknames:
        reg.add([name], "en_pattern", where, name_en=name, region=place_lookup().get(region, (region, None))[0] if region else None)
    for name, head in city_heads:
        reg.add([name, head], "en_pattern", where)
    for name, surface, place in reversed_names:
        reg.add([name, surface, surface[:1].lower() + surface[1:]], "en_pattern", where, name_en=name,
                region=place_lookup().get(place, (place, None))[0])
    for name, words in described_as:  # the title's 'South Wales compound semiconductor cluster' is CSconnected
        other = next((n for c in reg.clusters for n in c.names if frozenset(n.lower().split()) == words and n != name), None)
        if other:
            reg.add([name, other], "en_pattern", where)
    # 'The Research Park at the University of Illinois': a kind alone named by the university it stands at
    for m in _at_university_rx().finditer(text):
        kind, uni = re.sub(r"^(?:The|A|An)\s+", "", m.group(1)), m.group(2)
        if all(_is_generic(w) or w.lower() in _en_heads_lower_words() for w in kind.split()):
            first = re.match(r"(the\s+University\s+of\s+[A-Z][\w\-]*|[A-Z][\w\-]*\s+University)", uni)
            names = [f"{kind} at {uni}"] + ([f"{kind} at {first.group(1)}"] if first and first.group(1) != uni else [])
            reg.add(names, "en_pattern", where, name_en=names[-1])
    english_aliases(text, reg)


@per_rules
def _alias_cue_rx() -> re.Pattern:
    cues = "|".join(re.escape(c) for c in sorted(_rules()["english"].get("alias_cues") or [], key=len, reverse=True))
    return re.compile(rf"\b(?:{cues})\s+(?:just\s+)?(?:the\s+)?[\"“']?((?:{_CAP}\s+){{0,3}}[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&@\-]*)")


_SITE_NAME = r"((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*\s+){1,3}[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*)"  # two to four capitalised words


@per_rules
def _site_rx() -> list[re.Pattern]:
    r = _rules()["english"].get("site_predicates") or {}
    before = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(r.get("before_name") or [], key=len, reverse=True))
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(r.get("after_name") or [], key=len, reverse=True))
    out = []
    if before:
        out.append(re.compile(rf"\b(?:{before})\s+(?:the\s+)?{_SITE_NAME}\b"))
    if after:
        out.append(re.compile(rf"{_SITE_NAME}(?:\s+|,\s+which\s+)(?:now\s+|also\s+|today\s+)?(?:{after})\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|roughly\s+)?\d"))
    return out


_SIZED_NAME = re.compile(r"\b[Tt]he\s+\d[\d,.]*[-‐ ](?:acre|hectare|square[-‐ ](?:kilometre|kilometer|mile|metre|meter|foot))\s+"
                         r"((?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)(?=\s+(?:would|will|is|was|has|had|now|today|sits|lies|covers|spans|houses|hosts)\b|[,.;])")


# 'X, which <someone> calls the …', 'X, often described as a …': an appositive naming X's kind
_CALLED = (r"(?:which\s+[^.;,]{0,50}?\b(?:calls?|called|describes?\s+as|bills?\s+as|considers?)\s+(?:itself\s+)?"
           r"|(?:often\s+|widely\s+|now\s+)?(?:described|billed|considered|regarded)\s+as\s+)")


def _site_names(text: str) -> list[str]:
    """Names of sites, found by predicates only a site has (rules: english.site_predicates): two
    to four capitalised words, not a place, an organisation or a generic phrase."""
    out = []
    for rx in _site_rx():
        for m in rx.finditer(text):
            if re.search(r"\b[A-Z][\w\-]*\s+(?:and|&|of)\s+$", text[:m.start(1)]):
                continue  # (Ningbo Economic and) Technological Development Area: the end of a longer name
            words = m.group(1).split()
            while words and words[0] in ("The", "A", "An", "Its", "Their"):
                words.pop(0)
            if words and re.search(r"['’]s$", words[0]):
                words.pop(0)  # Midtown's Tech Square: the owner is a place, not part of the name
                if " ".join(words) in _en_heads():
                    continue  # BioQuarter's Innovation Centre: a building of the owner's, the kind alone
            if words and re.search(r"['’]s$", words[-1]):
                words[-1] = re.sub(r"['’]s$", "", words[-1])  # offices in Kendall Square's 2.5 sq miles: the name owns what follows
            words = [re.sub(r"['’]s$", "", w) for w in words]  # Lusail City's Free Zone: the owner's, named after it
            if len(words) < 2 or all(_is_generic(w) or _is_place(w) for w in words) or " ".join(words) in place_lookup() \
                    or any(_negative(w, "en") for w in words) or words[0].lower() in _PREPOSITIONS:
                continue
            out.append(" ".join(words))
    # one word opening a sentence, when what it is home to is a count of firms: 'Cyberjaya is already
    # home to about 50 global tech companies' (not a place, a country or a word that opens sentences)
    for m in _ONE_WORD_SITE.finditer(text):
        word = m.group(1)
        if re.search(r"[A-Z][\w\-’'.]*\s+$", text[max(0, m.start(1) - 30):m.start(1)]):
            continue  # (the last word of a longer name: Kista Science City, San Jose)
        if not (_is_place(word) or word in place_lookup() or word in country_surface_set() or _is_generic(word)
                or _is_function_word(word) or _negative(word, "en")):
            out.append(word)
    return out


_ONE_WORD_SITE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z][\w\-]+)\s+is\s+(?:already\s+|now\s+|currently\s+|also\s+)?home\s+to\s+"
                            r"(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|roughly\s+|almost\s+)?\d[\d,.]*\s+"
                            r"(?:[\w\-]+\s+){0,3}(?:companies|firms|startups|start-ups|businesses|enterprises|tenants)\b")


_FRONTED_ALIAS = re.compile(r"^(?:(?:[A-Z][a-z]+|Also|Often|Sometimes|Widely|Locally)\s+)?(?i:known|called|dubbed|nicknamed|marketed|billed|branded)\s+(?:as\s+)?(?:the\s+)?"
                            r"[\"“'‘]?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})[\"”'’]?,\s+(?:the\s+)?(it\b|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})")


def _without_owner(alias: str) -> list[str]:
    """An alias with an owner before it, without the owner: 'Africa's Silicon Savannah' -> ['Silicon Savannah'], the
    same name; [] when it has none, or when what is left is a famous cluster's name ('Korea's Silicon Valley' is a
    likeness of it)."""
    owned = re.fullmatch(r"[A-Z][\w\-]*['’]s\s+((?:[A-Z][\w’'&\-]*\s+)+[A-Z][\w’'&\-]*)", alias)
    return [owned.group(1)] if owned and _gazetteer_country(owned.group(1)) is None else []


_PAREN_NAME = re.compile(r"\(\s*(?:the\s+)?[\"“]?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){1,3}|[A-Z][a-z]+[A-Z][A-Za-z]*)[\"”]?\s*\)")

_RENAMED = re.compile(rf"\b(?:originally|formerly|previously|first|once)\s+(?:called|named|known\s+as)\s+(?:the\s+)?((?:{_CAP}\s+){{0,4}}{_CAP})"
                      rf"[^.;]{{0,60}}?\b(?:renamed|name\s+was\s+changed\s+to|changed\s+its\s+name\s+to)\s+(?:the\s+)?((?:{_CAP}\s+){{0,4}}{_CAP})")
# 'On December 14th, 2000, Guro Industrial Complex had a new name, Seoul Digital Industrial Complex': the later names it now
_NEW_NAME = re.compile(rf"((?:{_CAP}\s+){{0,4}}{_CAP})\s+(?:had|got|was\s+given|received|took\s+on|adopted)\s+(?:a|its)\s+new\s+name,?\s+"
                       rf"(?:the\s+)?((?:{_CAP}\s+){{0,4}}{_CAP})")
# a single hyphenated word ending in a head, bracketed after a name: 'Seoul Digital Industrial Complex (G-Valley)'
_PAREN_HYPHENATED = re.compile(r"\(\s*([A-Z][\w]*[-‐][A-Z][a-z]+)\s*\)")
_FOUNDED_AS = re.compile(rf"\b(?:founded|established|created|opened|launched|set\s+up|began|started)(?:\s+(?:in|on)\s+[^,.;]{{1,20}}?)?"
                         rf"\s+as\s+(?:the\s+)?((?:{_WORD}\s+){{1,3}}{_WORD})")
# a sentence about a name just given: 'It is also called …', 'The name is often shortened to …'
_REFERS_BACK = re.compile(r"\s*(?:It|Its\s+name|The\s+name|The\s+(?:park|city|campus|cluster|district|zone|complex|hub))\b[^A-Z\d]*$")


def english_aliases(text: str, reg: Registry) -> None:
    """'The Harwell Science and Innovation Campus, usually just called Harwell': the name after
    an alias cue is another name of the cluster named before it in the sentence; 'Sometimes
    known as 'Silicon Fen', Cambridge is …': the name fronted so is another name of the cluster
    the sentence's subject names (by a name of it, or the place it is named after)."""
    fm = _FRONTED_ALIAS.match(text)
    if fm and not _is_generic(fm.group(1)) and fm.group(1) not in country_surface_set():
        subject = fm.group(2)
        named = [c for c in reg.clusters if norm(subject) in c.keys()
                 or any(n.split()[0] == subject and len(n.split()) == 2 for n in c.names if n.isascii())] if subject != "it" else \
            [c for c in reg.clusters if not any(len(n) > 2 and _name_regex(n).search(fm.group(1)) for n in c.names)][-1:]
        # ('Marketed as "X", it is …': the cluster named last before, not one the alias names)
        if len(named) == 1 and norm(fm.group(1)) not in named[0].keys():
            reg.add([named[0].names[0], fm.group(1), *_without_owner(fm.group(1))], "alias", (0, 0))
    for m in _alias_cue_rx().finditer(text):
        alias = m.group(1).strip()
        if _is_generic(alias) or alias in country_surface_set():
            continue
        if _gazetteer_country(alias) is not None and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[m.end(1):]):
            continue  # 'dubbed the "Silicon Valley of the Baltics"': a likeness of a famous one, not another name
        before = text[:m.start()]
        named = [c for c in reg.clusters for n in c.names if len(n) > 2 and _name_regex(n).search(before)]
        if not named and _REFERS_BACK.match(before):  # 'The name is commonly shortened to …': the cluster just named
            named = [c for c in reg.clusters if norm(alias) not in c.keys()][-1:]
        if named and not any(norm(alias) in c.keys() for c in named):
            merged = reg.add([named[-1].names[0], alias, *_without_owner(alias)], "alias", (0, 0))
            if re.search(r"\b(?:formerly|previously|once|originally)\s*$", before):
                # 'Daedeok Innopolis, formerly known as Daedeok Science Town': the name now names it
                now = [n for n in merged.names if n.isascii() and len(n) > 2 and _name_regex(n).search(before)]
                if now:
                    merged.name_en = max(now, key=lambda n: before.rfind(n))
    # "The Basque Country's advanced manufacturing cluster, AFM Cluster, groups …": the name set after a described
    # cluster, between commas, is its name
    for m in re.finditer(rf"\b({_lowercase_head_alt()}),\s+((?:[A-Z][\w&’'\-]*\s+){{0,3}}[A-Z][\w&’'\-]*),\s", text):
        named = [c for c in reg.clusters if norm(m.group(2)) in c.keys()]
        before = text[:m.end(1)].lower()
        described = [c for c in reg.clusters if not any(c is x for x in named) and any(
            n.isascii() and len(n.split()) >= 2 and before.endswith(" ".join(n.split()[1:]).lower())
            and n.split()[0].lower() in before[-len(n) - 40:] for n in c.names)]  # (named after its owner: Basque … cluster)
        if len(named) == 1 and len(described) == 1 and named[0] is not described[0]:
            reg.merge(named[0], described[0], own=("name_en",))
    # 'The area was originally called the Piedmont Triad Research Park, but in March, the name was changed to
    # Wake Forest Innovation Quarter', 'X had a new name, Y': two names of one cluster, the later its name now
    for m in [*_RENAMED.finditer(text), *_NEW_NAME.finditer(text)]:
        old_c = [c for c in reg.clusters if norm(m.group(1)) in c.keys()]
        new_c = [c for c in reg.clusters if norm(m.group(2)) in c.keys()]
        if len(old_c) == 1 and len(new_c) == 1 and old_c[0] is not new_c[0]:
            reg.merge(new_c[0], old_c[0], own=("name_en",))
            new_c[0].signals.add("alias")
    for m in _PAREN_HYPHENATED.finditer(text):
        if m.group(1).split("-")[-1].lower() not in {h.lower() for h in _en_heads()}:
            continue
        head = text[:m.start()].rstrip()
        outer = [c for c in reg.clusters for n in c.names if len(n) > 3 and n.isascii() and head.endswith(n)]
        if outer and norm(m.group(1)) not in outer[0].keys():
            reg.add([outer[0].names[0], m.group(1)], "alias", (0, 0))
    # 'East Lake Hi-tech Development Zone (Optics Valley) in Wuhan', 'Tsinghua Science Park (TusPark)': a name of
    # another cluster found in parentheses right after a cluster's name is another name of it (not a place: 'Kista
    # (Stockholm)')
    for m in _PAREN_NAME.finditer(text):
        inner = [c for c in reg.clusters if norm(m.group(1)) in c.keys()]
        head = text[:m.start()].rstrip()
        outer = [c for c in reg.clusters for n in c.names if len(n) > 3 and n.isascii() and head.endswith(n)
                 and not re.match(r"[\w\-]", head[len(head) - len(n) - 1:len(head) - len(n)] or " ")]
        if len(inner) == 1 and outer and inner[0] is not outer[0] and m.group(1) not in place_lookup():
            reg.merge(outer[0], inner[0])
            outer[0].signals.add("alias")
    # 'Cummings was founded in 1962 as Huntsville Research Park': the name it began under is another
    # name of the cluster the sentence is about (named in full, or by its first word)
    for m in _FOUNDED_AS.finditer(text):
        alias = re.sub(rf"(?:\s+(?:{NAME_LINKS}))+$", "", m.group(1).strip())  # (not '… Park an(d)')
        if _is_generic(alias) or alias in country_surface_set() or alias in place_lookup():
            continue
        subject = re.match(r"\s*(?:The\s+)?([A-Z][\w’'\-]+)", text)
        named = [c for c in reg.clusters if norm(alias) not in c.keys() and (
            any(len(n) > 2 and _name_regex(n).search(text[:m.start()]) for n in c.names)
            or (subject and len(subject.group(1)) >= 4 and any(n.split()[0] == subject.group(1) for n in c.names if n.isascii())))]
        if len(named) == 1:
            reg.add([named[0].names[0], alias], "alias", (0, 0))


def _place_owner(words: list[str]) -> bool:
    """'Oulu's', 'Waterloo Region's', 'Tampere's': a known city or region, or capitalised words
    naming a region, in the possessive; not a country (Finland's ICT cluster) nor a cluster."""
    phrase = re.sub(r"['’]s$", "", " ".join(words))
    if phrase in country_surface_set() or _gazetteer_country(phrase) is not None:
        return False
    return phrase in place_lookup() or any(w in place_lookup() for w in phrase.split()) or _is_place(phrase) or \
        bool(re.fullmatch(r"(?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]+\s+)+(?:Region|County|Area|Province|Valley)", phrase))


@per_rules
def _one_word_names() -> tuple[str, ...]:
    """Heads that are a name alone, capitalised (clusters.yaml english.one_word_names)."""
    return tuple(str(w) for w in _rules()["english"].get("one_word_names") or ())


@per_rules
def _head_modifies_rx() -> re.Pattern:
    nouns = _rules()["english"].get("head_modified_nouns") or ["\x00"]
    return re.compile(r"\s+(?:" + "|".join(re.escape(n) for n in nouns) + r")\b", re.I)


def _placed_head(before_head: str) -> bool:
    """Whether the capitalised words right before a head include a known place (… in St. Louis | Innovation District)."""
    m = re.search(r"((?:[A-Z][\w.’'\-]*\s+){1,3})$", before_head)
    if not m:
        return False
    words = m.group(1).split()
    return any(" ".join(words[k:j]) in place_lookup() for k in range(len(words)) for j in range(k + 1, len(words) + 1))


# an ordinal or superlative right before capitalised kind words: 'India's first R&D and Clean Manufacturing cluster'
# (lower-case words may come between: "Kenya's first operational Special Economic Zone")
# (adjectives between, up to three: 'India's first ever totally dedicated Electronics Industrial Estate'; not
# a phrase: 'the first phase of the Bayan Lepas Free Industrial Zone')
_RANKED_KIND_EN = re.compile(r"\b(?:first|largest|biggest|leading|only|oldest|newest|second|third)\s+(?:(?!(?:of|the|in|at|for|to|on|by)\s)[a-z][\w\-]*\s+){0,3}(?:[‘'\"“]\s*)?(?:[A-Z][\w&\-]*\s+(?:and\s+)?){0,3}$")


@per_rules
def _sector_alt() -> str:
    """The industries (rules: english.sector_words), longest first, as a regex alternation."""
    return "|".join(re.escape(w) for w in sorted(_sector_words_en(), key=len, reverse=True))


@per_rules
def _sector_kind_in_place_rx() -> re.Pattern:
    """'(a|an|the)? <sector> <lower-case kind, or complex> in (the <adjective> city of)? <Place>'."""
    return re.compile(rf"(?i:\b(?:an?|the)\s+)?\b((?i:{_sector_alt()}))\s+({_lowercase_head_alt()}|complex)\s+in\s+"
                      rf"(?:the\s+(?:[a-z]+\s+){{0,2}}(?:city|town|province|region)\s+of\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)")


@per_rules
def _placed_kind_rx() -> re.Pattern:
    """'the <Korean kind, lower case> in (the <adjective> part of)? <Place>' (clusters.yaml english.placed_kinds)."""
    kinds = "|".join(re.escape(k) for k in sorted(_rules()["english"].get("placed_kinds") or ["\x00"], key=len, reverse=True))
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+({kinds})\s+in\s+(?:the\s+(?:[a-z]+\s+){{0,2}}(?:part|corner|edge|end|side)\s+of\s+)?"
                      rf"([A-Z][a-z][\w\-]*)\b(?!\s+[A-Z])")


@per_rules
def _place_has_cluster_rx() -> re.Pattern:
    """'<Place> lays claim to / boasts / is home to (the|a|one of the) … <sector> <cluster|hub|ecosystem>'."""
    # (an adverb between: 'Pittsburgh is now the second largest robotic ecosystem')
    # (or built, grew, revived its own: 'how Oulu rebuilt its tech cluster')
    return re.compile(rf"\b([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}})\s+(?:(?i:lays?\s+claim\s+to|boasts?|is\s+home\s+to|hosts?|is|has\s+become|remains)\s+"
                      rf"(?i:(?:now|still|already|also|fast|quickly|increasingly)\s+)?(?i:one\s+of\s+)?(?i:the|a|an)"
                      rf"|(?i:(?:re)?buil[dt]s?|grew|grows?|(?:re)?developed|revived|revives?|reinvented|reinvents?|nurtured|nurtures?|expanded|expands?)\s+its)"
                      rf"\s+(?:[\w'’\-]+\s+){{0,5}}?((?i:{_sector_alt()}))\s+(cluster|hub|ecosystem)s?\b")


_PREPOSITIONS = {"in", "at", "on", "for", "from", "by", "with", "near", "across", "since", "during", "around", "within",
                 "outside", "inside", "throughout", "beyond", "like", "unlike", "as", "after", "before"}


@per_rules
def _facility_after_rx() -> re.Pattern:
    nouns = _rules()["english"].get("facility_nouns") or ["\x00"]
    # (a compass word may stand between: 'Forest Park Southeast neighborhoods', a neighbourhood's name)
    return re.compile(r"(?:\s+(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central))?\s+(?:"
                      + "|".join(re.escape(n) for n in nouns) + r")\b")


def _facility_after(text: str, end: int) -> bool:
    """A name followed by a facility noun (incubator, building) names that facility; so does one whose
    apposition says it is one ('the Co-Creation Hub, one of the continent's oldest incubators')."""
    return _facility_after_rx().match(text, end) is not None or _facility_apposition_rx().match(text, end) is not None


@per_rules
def _facility_apposition_rx() -> re.Pattern:
    nouns = "|".join(re.escape(n) for n in _rules()["english"].get("facility_nouns") or ["\x00"])
    return re.compile(r",\s+(?:one\s+of\s+)?(?:(?:the|a|an|its|their|[A-Za-z]+['’]s)\s+){0,2}"
                      r"(?:(?!(?:with|of|for|and|in|near|to)\b)[a-z][a-z\-]*\s+){0,3}"
                      rf"(?:{nouns})(?=\s*(?:[,.;)]|$)|\s+(?:that|which|run|founded|set|opened)\b)")


@per_rules
def _scale_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_rules("units")["english"]["scales"])


@per_rules
def _sector_words_en() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _rules()["english"].get("sector_words") or ())


@per_rules
def _setting_kind_rx() -> re.Pattern:
    sectors = _sector_alt()
    return re.compile(rf"\b[Tt]he\s+(?:city|region|area|metro\s+area|metropolitan\s+area|state)['’]s\s+"
                      rf"((?i:{sectors})(?:\s+(?i:{sectors}))?)\s+(cluster|hub|corridor)\b")


@per_rules
def _unplaced_kind_rx() -> re.Pattern:
    sectors = _sector_alt()
    return re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+|national\s+)?((?i:{sectors})(?:\s+(?i:{sectors}))?)\s+(complex|cluster|hub)\b"
                      rf"(?!\s+(?:in|at|near|of|for|outside)\b)")


# a name the text says the cluster it is about goes by: '… in the Bitgaram Energy Valley, as the cluster is known'
_AS_IT_IS_KNOWN = re.compile(r"((?:[A-Z][\w’'\-]*\s+){0,4}[A-Z][\w’'\-]*),\s+as\s+(?:the|this|it)\s+(?:[a-z\-]+\s+){0,2}?(?:is|was|has\s+been)\s+"
                             r"(?:(?:now|locally|widely|commonly|popularly|often|usually|also|better|officially)\s+)*(?:known|called|named|branded|dubbed)\b")


def named_as_known(sents: list[Sentence], reg: Registry) -> None:
    """'… 410 of them operate in the Bitgaram Energy Valley, as the cluster is known': the name is another
    name of the cluster named last before it (as the text named it first: 'the energy cluster around …'),
    which keeps the name."""
    for s in sents:
        for m in _AS_IT_IS_KNOWN.finditer(s.text):
            own = [c for c in reg.clusters if any(n.isascii() and m.group(1).endswith(n) for n in c.names)]
            if len(own) != 1:
                continue
            earlier = [c for c in reg.clusters if c is not own[0] and c.first_seen < own[0].first_seen]
            if earlier:
                reg.merge(own[0], max(earlier, key=lambda c: c.first_seen), own=("name_en",))


@per_rules
def _romance_rx() -> re.Pattern | None:
    r = _rules()["english"]
    heads = "|".join(re.escape(h) for h in r.get("romance_heads") or ())
    ends = "|".join(re.escape(e) for e in sorted(r.get("romance_adjective_endings") or (), key=len, reverse=True))
    links = "|".join(re.escape(w) for w in sorted(r.get("romance_links") or (), key=len, reverse=True))
    if not heads or not ends or not links:
        return None
    cap = r"[A-ZÀ-ÞĆČŁŚŠŽ][\w’'\-]*"
    adj = rf"[A-ZÀ-Þa-zà-ÿ][\w\-]*(?:{ends})"
    # the kind, adjectives (joined by y/e/et/i), then 'de' and a place of one to three words; or adjectives alone
    return re.compile(rf"\b({heads})\s+((?:{adj})(?:\s+(?:(?:y|e|et|i)\s+)?{adj}){{0,2}})?(?:\s*(?<=\s)(?:{links})\s+((?:{cap})(?:\s+{cap}){{0,2}}))?(?![\w’'\-])")


def _romance_names(text: str) -> list[tuple[str, str | None]]:
    """Names written the kind first as Spanish, Portuguese, French and Italian do (clusters.yaml
    english.romance_heads): the kind and an adjective (Hub Criativo …) or a place after 'de' (Parc … de Barcelona)."""
    rx = _romance_rx()
    out = []
    for m in (rx.finditer(text) if rx else ()):
        if not m.group(2) and not m.group(3):
            continue  # (a bare 'Hub' or 'Zona')
        if m.group(2) and not m.group(2).split()[0][:1].isupper():
            continue  # (the kind's adjective is part of the name, capitalised: not 'Hub criativo' in running text)
        r = _rules()["english"]
        adjectives = [w for w in (m.group(2) or "").split() if w not in ("y", "e", "et", "i")]
        if adjectives and all(w in (r.get("romance_place_adjectives") or ()) for w in adjectives):
            continue  # (Distrito Federal, Parque Nacional: a place or a public body)
        if not adjectives and m.group(1) in (r.get("romance_heads_needing_adjective") or ()):
            continue  # (Ciudad de México: a city)
        place = m.group(3)
        region = place if place and place in place_lookup() else None
        out.append((m.group(0), region))
    return out


def defined_acronyms(sents: list[Sentence], reg: Registry) -> None:
    """'its promoters prefer GIANT, short for Grenoble Innovation for Advanced New Technologies. … Today the campus
    counts …': an acronym the text defines, whose initials its expansion spells, is a cluster's name when the
    expansion says what a cluster does and names no organisation, and the document refers to it as a kind of
    place (clusters.yaml english.defined_acronyms)."""
    rules = _rules()["english"].get("defined_acronyms") or {}
    cues = "|".join(re.escape(c) for c in sorted(rules.get("cues") or [], key=len, reverse=True))
    if not cues:
        return
    kinds = "|".join(re.escape(w) for w in _rules()["english"].get("called_kind_nouns") or ())
    body = "\n".join(s.text for s in sents)
    if not kinds or not re.search(rf"\b[Tt]he\s+(?:{kinds})\b", body):
        return
    cluster_words, organisation_words = set(rules.get("cluster_words") or ()), set(rules.get("organisation_words") or ())
    rx = re.compile(rf"\b([A-Z]{{3,6}})(?:,\s*|\s*\(\s*)(?:{cues})\s+(?:the\s+)?((?:(?:{_CAP}|for|of|on|in|and|de|du|des|la|le)\s+){{1,7}}{_CAP})")
    for s in sents:
        for m in rx.finditer(s.text):
            acronym, words = m.group(1), m.group(2).split()
            while words and not words[-1][:1].isupper():
                words.pop()  # (not a link word left at the end)
            capitals = [w for w in words if w[:1].isupper()]
            if "".join(w[0] for w in capitals) != acronym or not cluster_words & set(capitals) or organisation_words & set(capitals):
                continue
            expansion = " ".join(words)
            region = place_lookup()[capitals[0]][0] if capitals[0] in place_lookup() else None
            reg.add([acronym, expansion], "en_pattern", (s.page, s.start + m.start(1)), name_en=acronym, region=region)


def setting_kind_names(sents: list[Sentence], reg: Registry, city: str) -> None:
    """An industry's cluster owned by 'the city' or 'the region' in a story under a city's dateline
    ('PITTSBURGH — … The region's robotics cluster supports 7,000 jobs'): the Pittsburgh robotics cluster,
    as when the place is named ('San Diego lays claim to the country's third largest biotech cluster');
    and, when nothing else names a cluster, an industry's complex said without its place."""
    region = place_lookup()[city][0] if city in place_lookup() else romanized_korean_places().get(city)
    if region is None:
        return
    # (with no cluster named at all, an industry's complex the story is about, unplaced: 'GWANGJU — … build on an
    # artificial intelligence complex the central government has funded since 2020')
    rxs = [_setting_kind_rx()] + ([_unplaced_kind_rx()] if not reg.clusters else [])
    for s in sents:
        for m in (m for rx in rxs for m in rx.finditer(s.text)):
            name = f"{city} {m.group(1).lower() if m.group(1) not in ('AI', 'ICT', 'IT') else m.group(1)} {m.group(2)}"
            reg.add([name, city], "en_pattern", (s.page, s.start), name_en=name, region=region)


def merge_english_tails(reg: Registry) -> None:
    """One cluster for an English name and the same name without its place words before it
    (Geochang Elevator Agro-industrial Complex / the Elevator Agro-industrial Complex), when the
    shorter keeps a distinctive word before its head and no other cluster's name ends so; likewise a
    name and the same name with its town after it (High Tech Campus / High Tech Campus Eindhoven)."""
    for short in list(reg.clusters):
        if short not in reg.clusters:
            continue
        for n in list(short.names):
            words = n.split()
            if len(words) < 2 or not is_latin(n) or not _ends_with_head(n, "en") or all(_is_generic(w) for w in words[:-1]):
                continue
            longer = [c for c in reg.clusters if c is not short and any(
                is_latin(x) and len(x.split()) > len(words) and x.split()[-len(words):] == words
                and all(w[:1].isupper() for w in x.split()[:-len(words)]) for x in c.names)]
            if len(longer) == 1:
                reg.merge(longer[0], short, own=("name_en",))
                break
    # ... and a name with its town written after it (High Tech Campus Eindhoven, Technopark Trivandrum) beside
    # the same name without it (the High Tech Campus in Eindhoven, Technopark): one cluster, the longer name
    for longer in list(reg.clusters):
        if longer not in reg.clusters:
            continue
        for n in list(longer.names):
            words = n.split()
            for k in (1, 2):
                place, rest = " ".join(words[-k:]), " ".join(words[:-k])
                if len(words) - k < 1 or not is_latin(n) or place not in place_lookup() \
                        or not (_ends_with_head(rest, "en") or rest in _one_word_names()
                                or _compound_name_rx().fullmatch(rest) or re.fullmatch(rf"(?:[A-Z][a-z]+)+(?:{_camel_head_alt()})", rest)):
                    continue
                shorter = [c for c in reg.clusters if c is not longer and rest in c.names and c.region in (None, place)]
                if len(shorter) == 1:
                    reg.merge(longer, shorter[0], own=("name_en",))
                    break


def _joined_tail(name: str, text: str) -> bool:
    """Whether every place ``name`` is written in ``text`` follows a '+' or '&' with no space: the tail of
    a name so joined ('T Park' of 'R+T Park'), no name of its own."""
    starts = occurrences(text, name)
    return bool(starts) and all(text[i - 1:i] in ("+", "&") for i in starts)


def _plain_name(subj: str) -> bool:
    """Capitalised words a description names: not opened by a function word, not only generic words or places, not a
    known place or country, not ending in a negative head (a firm's, a university's)."""
    words = subj.split()
    return not (_is_function_word(words[0]) or all(_is_generic(w) or _is_place(w) for w in words)
                or subj in place_lookup() or subj in country_surface_set() or _negative(words[-1], "en"))


@per_rules
def _sentence_openers() -> frozenset[str]:
    """Words capitalised only because they open a sentence (clusters.yaml english.sentence_openers)."""
    return frozenset(str(w).lower() for w in _rules()["english"].get("sentence_openers") or ())
