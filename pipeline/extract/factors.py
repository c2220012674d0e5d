"""Success-factor claims: cue phrases per taxonomy code (spaCy PhraseMatcher over Kiwi
morphemes or English tokens), named-firm patterns for anchor firms, and table rows."""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.matcher import PhraseMatcher

from pipeline.extract.names import compact_ko_heads
from pipeline.nlp import doc_text, get_nlp, token_table
from pipeline.rules import load_rules, per_rules


@per_rules
def _rules():
    return load_rules("factors")


@per_rules
def phrase_matcher(lang: str) -> PhraseMatcher:
    nlp = get_nlp(lang)
    pm = PhraseMatcher(nlp.vocab, attr="LOWER")
    key = "ko" if lang == "ko" else "en"
    for code, cues in _rules()["factors"].items():
        phrases = cues.get(key) or []
        # Korean text mixes in English terms (R&D, VC): English cues apply there too
        if lang == "ko":
            phrases = phrases + [p for p in (cues.get("en") or []) if p.isupper()]
        if phrases:
            pm.add(code, [nlp.make_doc(p) for p in phrases])
    return pm


@per_rules
def _pairs(lang: str) -> list[tuple[str, tuple, tuple, int, bool, tuple]]:
    """(factor, first words, then words, within, any order, unless words) per paraphrase pair of
    the language. ``unless``: words that, a few words around the pair, make it mean something
    else (특허를 기업에 이전: a transfer of technology, not a company moving in)."""
    key = "ko" if lang == "ko" else "en"
    out = []
    for code, rules in (_rules().get("pairs") or {}).items():
        for r in rules or []:
            r = r.get(key)
            if r:
                out.append((code, _word_set(r["first"]), _word_set(r["then"]), int(r["within"]), r.get("order") == "any",
                            _word_set(r.get("unless") or [])))
    return out


@per_rules
def _pair_exceptions(lang: str) -> tuple[frozenset, tuple, frozenset, tuple]:
    """Words that a pair's wildcard would take but that are other words (factors.yaml pair_exceptions)."""
    return _word_set((_rules().get("pair_exceptions") or {}).get("ko" if lang == "ko" else "en") or [])


def _word_set(words) -> tuple[frozenset, tuple, frozenset, tuple]:
    """(exact words, stem prefixes of words written with a trailing *, actors), case-folded.
    @korean_places stands for every Korean province and city, as an actor: it counts only as a
    sentence's subject (경기도가 주도해, 전남도는 지원한다; not 나주 빛가람혁신도시를 중심으로)."""
    words = [str(w) for w in words]
    actors: frozenset = frozenset()
    if "@korean_places" in words:
        from pipeline.extract.geo import korean_place_lookup

        words.remove("@korean_places")
        actors = frozenset(p.lower() for p in korean_place_lookup()) | frozenset(
            p.lower()[:-1] + "도" for p in korean_place_lookup() if p.endswith("남") or p.endswith("북"))
    exact = frozenset(w.lower() for w in words if not w.endswith("*") and not w.startswith("~"))
    stems = tuple(w[:-1].lower() for w in words if w.endswith("*"))
    ends = tuple(w[1:].lower() for w in words if w.startswith("~"))
    return exact, stems, actors, ends


def _hits(forms: tuple[str, ...], ws: tuple, subject: bool = False) -> bool:
    exact, stems, actors, ends = ws
    return any(f in exact or (stems and f.startswith(stems)) or (ends and f.endswith(ends)) or (subject and f in actors)
               for f in forms if f)


@per_rules
def _word_masks(lang: str) -> dict[str, tuple[int, int, int, int]]:
    """Filled as words are met: word -> bit masks over ``_pairs(lang)`` (bit r: rule r) of the rules
    whose `first`, `then` and `unless` words it is, and whose `first` actors it is."""
    return {}


@per_rules
def _pair_index(lang: str) -> tuple[tuple[dict, dict, dict], ...]:
    """The words of ``_pairs(lang)`` indexed by role (first, then, unless, first's actors): per role
    (exact word -> rule bits, stem -> rule bits, ending -> rule bits), so that a word's masks take a
    few dictionary lookups instead of a test against every rule."""
    roles: list[tuple[dict, dict, dict]] = [({}, {}, {}) for _ in range(4)]
    for r, (_, f, t, _, _, u) in enumerate(_pairs(lang)):
        bit = 1 << r
        for (exact_, stems_, ends_), (exact, stems, _, ends) in zip(roles[:3], (f, t, u)):
            for key, into in ((exact, exact_), (stems, stems_), (ends, ends_)):
                for w in key:
                    into[w] = into.get(w, 0) | bit
        for w in f[2]:
            roles[3][0][w] = roles[3][0].get(w, 0) | bit
    return tuple(roles)


def _role_bits(word: str, index: tuple[dict, dict, dict], shortest_end: int = 0) -> int:
    """The rules one role of which ``word`` is: the word itself, a stem it starts with (word*) or an
    ending it ends with (~word), as ``_hits`` reads them; an ending shorter than ``shortest_end``
    letters does not count (광주지역 is no ~역: see ``_masks``)."""
    exact, stems, ends = index
    bits = exact.get(word, 0)
    if stems:
        for i in range(len(word) + 1):
            bits |= stems.get(word[:i], 0)
    if ends:
        for i in range(len(word) + 1 - shortest_end):
            bits |= ends.get(word[i:], 0)
    return bits


def _masks(word: str, lang: str) -> tuple[int, int, int, int]:
    seen = _word_masks(lang)
    m = seen.get(word)
    if m is None:
        if len(seen) > 1 << 16:  # a long-lived worker meets ever new words: bounded, as name_stem's
            seen.clear()
        exc = _pair_exceptions(lang)
        if not word or _hits((word,), exc):
            m = seen[word] = (0, 0, 0, 0)  # 지역, 용역 are no ~역 (a station)
            return m
        # a longer word ending in one (광주지역, 연구용역, 경제자유구역) is no ending shorter than it (~역), but
        # still itself or an ending as long (경제자유구역, ~구역: 산업기지개발구역으로 지정)
        cut = max((len(e) for e in exc[0] if word.endswith(e)), default=0) if lang == "ko" else 0
        first, then, unless, actors = _pair_index(lang)
        m = seen[word] = (_role_bits(word, first, cut), _role_bits(word, then, cut), _role_bits(word, unless, cut), actors[0].get(word, 0))
    return m


@per_rules
def _relative_clause_actors() -> frozenset[str]:
    """Public bodies a relative clause after them is about (rules: relative_clause_actors_en)."""
    return frozenset(str(w).lower() for w in _rules().get("relative_clause_actors_en") or ())


@per_rules
def _place_before_actor() -> tuple[frozenset[str], frozenset[str]]:
    """(words before a place, actors that are places), rules: place_before_actor_en, place_actors_en."""
    return (frozenset(str(w).lower() for w in _rules().get("place_before_actor_en") or ()),
            frozenset(str(w).lower() for w in _rules().get("place_actors_en") or ()))


def pair_matches(doc, lang: str, masked: frozenset[int] = frozenset()) -> list[tuple[str, int, int]]:
    """(factor, start token, end token) for the paraphrase pairs found within one clause: a word
    of `first` and one of `then` (either order when the rule says so). Korean tokens are compared
    by their surface form and Kiwi's lemma; particles and endings are never words of a pair."""
    rules = _pairs(lang)
    if not rules:
        return []
    tt = token_table(doc)
    text, tag, lemma, ws, lower = tt.text, tt.tag, tt.lemma, tt.ws, tt.lower
    n = len(text)
    # ``masked``: tokens inside a cluster's name, never a word of a pair (the City of Kista
    # Science City offers nothing)
    if lang == "ko":
        forms = []
        for k in range(n):
            tg = tag[k]
            if k in masked or tg.startswith(("J", "E", "SF", "SP", "SS")):
                forms.append(())
                continue
            # a noun with its suffix is one word (사업+화 -> 사업화, 협력사+들)
            suffixed = k + 1 < n and tag[k + 1].startswith("XSN") and not ws[k]
            joined = text[k] + text[k + 1] if suffixed else ""
            # a compound noun cut into morphemes is one word too (협력+업체+들 -> 협력업체, 협력업체들)
            b = k
            while b > 0 and not ws[b - 1] and tag[b - 1].startswith(("NN", "XPN")) and tg.startswith("NN"):
                b -= 1
            compound = "".join(text[b:k + 1]) if b < k else ""
            compound_s = compound + text[k + 1] if compound and suffixed else ""
            forms.append((text[k].lower(), lemma[k].split("+")[0].removesuffix("다").lower(), joined.lower(),
                          compound.lower(), compound_s.lower()))
    else:  # a word, the two words ending with it ('research centres', 'regional headquarters'), and the hyphened word
        # it ends, which the tokenizer cut in three ('start-ups', 'government-built')
        forms = [() if k in masked else (lower[k], f"{lower[k - 1]} {lower[k]}" if k > 0 and k - 1 not in masked else "",
                                          f"{lower[k - 2]}-{lower[k]}" if k > 1 and text[k - 1] in ("-", "‐") and not ws[k - 2] and not ws[k - 1] else "")
                 for k in range(n)]
    # English lists ("between local government, universities and industry") keep their commas
    # inside the clause; a Korean comma usually ends one
    soft = {","} if lang == "en" else set()
    # a hyphen inside a word (government-built) ends nothing
    soft |= {"·", "ㆍ", "・", "%", "％", "‰", "&", "/", "+", "(", ")"}  # 본사·연구소를 이전, 최대 50%를 지원, 기술원(GIST)과: symbols and brackets end no clause
    soft |= {"'", "‘", "’", '"', "“", "”", "「", "」", "『", "』"}  # (nor quotation marks: 핀테크 허브 'X Lab'에 사무공간을 제공)
    punct = tt.punct
    stop = [(punct[k] and text[k] not in soft and not (text[k] == "-" and not ws[k] and k > 0 and not ws[k - 1]))
            or "\n" in text[k] for k in range(n)]
    if lang == "en":  # a comma opening a relative clause ends the clause: 'The region grew around Philips, which was
        # founded in Eindhoven' (the founding is the firm's, not the region's)
        # (unless it is about the public body before it: 'the provincial government, which offers rent-free land')
        actors = _relative_clause_actors()
        for k in range(n - 1):
            if text[k] == "," and lower[k + 1] in ("which", "who", "whose", "whom", "where") \
                    and not any(lower[j] in actors for j in range(max(0, k - 4), k)):  # (the regional government of Andalusia, which …)
                stop[k] = True
    if lang == "en":  # a colon before a lower-case word spells out the noun before it: 'the state's early bet: cheap
        for k in range(n - 1):  # land handed out on long leases' (one clause; not a field's label: 'Founded: 2003')
            if text[k] == ":" and text[k + 1][:1].islower():
                stop[k] = False
    if lang == "ko":  # a comma between figures lists them (3년간 100%, 이후 2년간 50% 감면; 3년간 전액, 이후 2년간 50%): no clause ends there
        for k in range(n):
            if text[k] == "," and 0 < k and (tag[k - 1] in ("SW", "NNB") or "SN" in tag[max(0, k - 4):k]) \
                    and any(x == "SN" for x in tag[k + 1:k + 4]):
                stop[k] = False
    subject = [k + 1 < n and tag[k + 1] in ("JKS", "JX") and text[k + 1] in ("이", "가", "은", "는", "도")
               for k in range(n)] if lang == "ko" else [False] * n
    # per token, bit masks of the rules it is a `first`, `then` or `unless` word of
    first_at, then_at, unless_at = [0] * n, [0] * n, [0] * n
    for k, fs in enumerate(forms):
        for f in fs:
            if f:
                mf, mt, mu, ma = _masks(f, lang)
                first_at[k] |= mf | (ma if subject[k] else 0)
                then_at[k] |= mt
                unless_at[k] |= mu
    if lang == "en":  # the city as a place: 'on the edge of the city of Cambridge', 'firms in the region'
        places, actors = _place_before_actor()
        for k in range(n):
            if first_at[k] and lower[k] in actors:
                b = k - 1 if k > 0 and lower[k - 1] in ("the", "a", "this", "that") else k
                if (b > 0 and lower[b - 1] in places) or (b > 1 and f"{lower[b - 2]} {lower[b - 1]}" in places):
                    first_at[k] = 0
    # the source a sentence cites is no actor of its claim: 페낭 주정부에 따르면 …, according to
    # the state government, …
    for k in range(n):
        if lang == "ko" and k + 2 < n and text[k + 1] == "에" \
                and lemma[k + 2].split("+")[0].startswith(("따르", "의하")):
            m = k  # the whole noun phrase of the source: 도 관계자에 따르면
            while m >= 0 and tag[m].startswith(("NN", "SL", "SH", "XSN")):
                first_at[m] = 0
                m -= 1
        elif lang == "en" and lower[k] == "according" and k + 1 < n and lower[k + 1] == "to":
            for m in range(k + 2, min(n, k + 7)):
                if stop[m]:
                    break
                first_at[m] = 0
    found_at = []  # (rule, start, end): read in rule order, then token order
    for i in range(n):
        bits = first_at[i]
        while bits:
            low = bits & -bits
            bits ^= low
            r = low.bit_length() - 1
            _, _, _, within, any_order, _ = rules[r]
            bit = low
            found = None
            for j in range(i + 1, min(n, i + within + 2)):
                if stop[j]:
                    break
                if then_at[j] & bit:
                    found = (i, j + 1)
                    break
            if found is None and any_order:
                for j in range(i - 1, max(-1, i - within - 2), -1):
                    if stop[j + 1] if j + 1 < i else False:
                        break
                    if stop[j]:
                        break
                    if then_at[j] & bit:
                        found = (j, i + 1)
                        break
            if found and not _undone(unless_at, stop, bit, *found):
                found_at.append((r, *found))
    return [(rules[r][0], a, b) for r, a, b in sorted(found_at, key=lambda x: x[0])]


def _undone(unless_at: list[int], stop: list[bool], bit: int, a: int, b: int) -> bool:
    """Whether an `unless` word of the rule stands within a few words of its pair [a, b), in its
    clause (a sentence end or clause mark before or after closes the window)."""
    k = a - 1
    while k >= max(0, a - 4) and not stop[k]:
        if unless_at[k] & bit:
            return True
        k -= 1
    for k in range(a, min(len(stop), b + 6)):
        if k >= b and stop[k]:
            break
        if unless_at[k] & bit:
            return True
    return False


def doc_matches(doc, lang: str, names: list[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """Every cue match of a whole Doc (run once per paragraph, then filtered per sentence).
    ``names``: character spans of the Doc that name clusters; no cue is read inside one."""
    masked: frozenset[int] = frozenset()
    if names:
        starts = token_table(doc).idx  # ascending: the tokens starting inside a name
        masked = frozenset(k for a, b in names for k in range(bisect_left(starts, a), bisect_left(starts, b)))
    return [(doc.vocab.strings[m], s, e) for m, s, e in phrase_matcher(lang)(doc) if not all(k in masked for k in range(s, e))
            and not _hyphen_tail(doc, s)] + pair_matches(doc, lang, masked)


def _hyphen_tail(doc, s: int) -> bool:
    """A cue that is the second half of a hyphenated word ('sky-bridge connected buildings'):
    another word, not the cue."""
    return s >= 2 and doc[s - 1].text in ("-", "‐") and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_ \
        and doc[s - 2].is_alpha


# the longest Korean cue (in characters) that another cue inside it yields to: a phrase or a short pair, not a
# clause (a Korean pair reaches over up to 16 morphemes: '경기도는 … 지원한다'; English pairs are short)
_LONGEST_HOLDER_KO = 24


def cue_factors(span, lang: str, matches: list[tuple[int, int, int]] | None = None) -> list[tuple[str, int, int]]:
    """(factor, start_char, end_char) in a sentence Span; a cue inside a longer cue of another
    factor yields to it. ``matches``: the Doc's matches from ``doc_matches``, if computed."""
    doc = span.doc
    if matches is None:
        matches = doc_matches(doc, lang)
    hits = []
    for code, s, e in matches:
        if s >= span.start and e <= span.end:
            hits.append((code, doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)))
    kept = []
    text = doc_text(doc)
    for f, s, e in hits:
        if any(f2 != f and s2 <= s and e <= e2 and (e2 - s2) > (e - s) and "," not in text[s2:e2]
               and (lang != "ko" or (e2 - s2) <= _LONGEST_HOLDER_KO) for f2, s2, e2 in hits):
            continue  # (not inside a pair reaching over a comma: 'University of Technology, to road and rail links';
            # nor inside a pair spanning a whole clause: '경기도는 입주 기업에 연구 장비 공동 활용과 … 자금을 지원한다' holds a claim of its own)
        if f == "talent" and (_HEADCOUNT_KO if lang == "ko" else _HEADCOUNT_EN).match(text, e):
            continue  # 연구 인력 2만2천여 명이 근무한다, a workforce of 170,000: the noun labels a headcount
        if lang != "ko" and text[s:s + 1].isupper() and _in_institution_name_en(text, s, e):
            continue  # 'the High Energy Accelerator Research Organization (KEK)': a word of a name
        if _difficulty(text, s, e, lang, span.start_char):
            continue  # 인력 확보가 과제로 꼽힌다, a shortage of engineers: a difficulty, no success factor
        kept.append((f, s, e))
    at = anchor_firms(span, lang)
    if at is not None:
        kept.append(("anchor_firms", at, span.end_char))
    return kept


@per_rules
def _difficulty_rx(lang: str) -> re.Pattern:
    alt = _difficulty_alt(lang)
    if lang == "ko":  # after the cue, in its clause (no comma or sentence end between; a figure's decimal point ends
        # nothing: '대중교통 접근성'(25.6%)이 지적됐다)
        return re.compile(rf"^(?:[^,.!?;]|(?<=\d)[.,](?=\d)){{0,14}}?(?:{alt})")
    return re.compile(rf"\b(?:{alt})\b(?:\s+(?:of|to|in|on|for|the|a|an|and|enough|qualified|skilled|new|local|young|wider|broader|better|proper|adequate|good|decent|modern|reliable|direct|more|recruit|recruiting|hire|hiring|find|finding|attract|attracting|retain|retaining|keep|keeping))*\s*$", re.I)


@per_rules
def _institution_name_rx() -> re.Pattern:
    heads = "|".join(re.escape(str(h)) for h in _rules().get("institution_name_heads_en") or ["\x00"])
    return re.compile(rf"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w\-]*){{0,4}}?\s+(?:{heads})\b")


def _in_institution_name_en(text: str, s: int, e: int) -> bool:
    """A capitalised cue with capitalised words of a name after it up to an institution's head."""
    return s > 0 and text[max(0, s - 2):s].strip() not in (".", "") and _institution_name_rx().match(text, e) is not None


_NEGATED_EN = re.compile(r"\b(?:without|not|never|no|nor)\b(?!\s+(?:only|just|merely|least|shortage|lack|doubt))"
                         r"((?:\s+[\w'’&-]+){0,6})\s*$", re.I)
@per_rules
def _named_difficulty_en() -> re.Pattern:
    """An English sentence naming a difficulty, then saying what it is after a colon (difficulty_cues.en_predicate)."""
    return re.compile(rf"\b(?:{_difficulty_words('en_predicate')})\s*:\s", re.I)


_NOT_LACKING_EN = re.compile(r"\bno\s+(?:shortage|lack)\s+of\s+(?:[\w'’-]+\s+){0,2}$", re.I)


@per_rules
def _listed_as_difficulty_ko() -> re.Pattern:
    """The rest of a Korean list the sentence then calls its difficulties: '전문 인력 확보와 주거·교통 여건 개선을
    과제로 꼽았다' (difficulty_cues ko and ko_frames, then 으로/로 and a verb of naming)."""
    words = "|".join(x for x in (_difficulty_words("ko"), _difficulty_words("ko_frames")) if x)
    return re.compile(rf"[^,.;!?]{{0,40}}?(?:을|를)\s*(?:가장\s*)?(?:큰\s*)?(?:{words})\S{{0,4}}?(?:으로|로)\s*(?:꼽|지적|들었|든다|삼)")


@per_rules
def _cause_ko() -> re.Pattern:
    """A Korean clause ending as the cause of what follows: '… 유치에 적극 나서 ', '… 때문에 ' (difficulty_cues.ko_causes)."""
    return re.compile(rf"[^.?!,]{{0,20}}?(?:{_difficulty_words('ko_causes')})\s")


def _difficulty(text: str, s: int, e: int, lang: str, sentence_start: int = 0) -> bool:
    """Whether a cue at [s, e) is framed as a difficulty (rules: difficulty_cues) or, in English,
    denied in its clause ('without receiving any incentive payments or special tax breaks'; not
    'no shortage of skilled engineers', which affirms)."""
    rx = _difficulty_rx(lang)
    if lang == "ko":  # (after the cue, or inside a pair's span: 전문 인력의 수도권 유출로 채용이 …)
        return bool(rx.search(text[e:e + 20]) or _difficulty_inside_ko().search(text, s, e)
                    or _difficulty_frame_ko().search(text, sentence_start, e)
                    # (or the cause a difficulty right after it names: '오송과 대구도 기업 유치에 나서 인력 확보가 어려워지고')
                    or ((cause := _cause_ko().match(text, e)) and rx.search(text[cause.end():cause.end() + 30]))
                    or _listed_as_difficulty_ko().match(text, e))
    before = text[max(0, s - 60):s]
    if _NOT_LACKING_EN.search(before):
        return False
    if _difficulty_frame_en().match(text, sentence_start):
        return True  # 'Critics say the market is small: … most start-ups there still rely on foreign grants'
    if _named_difficulty_en().search(text, sentence_start, s):
        return True  # 'All three face the same problem: housing near the parks … staff commute from far away'
    return bool(rx.search(before[-40:]) or _NEGATED_EN.search(before) or _difficulty_after_en().match(text, e)
                or _difficulty_predicate_en().match(text, e) or _difficulty_state_en().match(text, e)
                or _difficulty_state_en().search(text[s:e]))  # (inside a pair: 'hiring is harder when staff …')


@per_rules
def _difficulty_frame_en() -> re.Pattern:
    """An English sentence opening on the critics' word (rules: difficulty_cues.en_frames)."""
    return re.compile(r"\W*(?:[A-Z][\w\-]*\s+)?(?i:" + _difficulty_words("en_frames") + r")\b")  # (But critics say …)


def _difficulty_alt(lang: str) -> str:
    """The difficulty words of the language (rules: difficulty_cues), longest first, as an alternation."""
    return _difficulty_words("ko" if lang == "ko" else "en")


def _difficulty_words(key: str) -> str:
    """One list of ``difficulty_cues`` (ko, en, ko_frames, en_frames, en_predicate, en_state, en_after), longest first, as an
    alternation."""
    words = (_rules().get("difficulty_cues") or {}).get(key) or ["\x00"]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@per_rules
def _difficulty_inside_ko() -> re.Pattern:
    return re.compile(_difficulty_alt("ko"))


@per_rules
def _difficulty_frame_ko() -> re.Pattern:
    """A Korean sentence asking for or listing difficulties (rules: difficulty_cues.ko_frames)."""
    alt = _difficulty_words("ko_frames")
    return re.compile(rf"(?:{alt})[가-힣]{{0,3}}?(?:(?:을|를)\s*(?:묻|꼽|지적|들)|(?:으로|로)(?:는|도)?\s)")


@per_rules
def _difficulty_predicate_en() -> re.Pattern:
    """An English clause calling the cue's subject a difficulty, right after the cue: '… is the most
    common constraint', '… remain the sore point' (rules: difficulty_cues.en_predicate)."""
    alt = _difficulty_words("en_predicate")
    # (or named as one: 'Respondents named the cost of lab space as their top concern')
    return re.compile(rf"[^.;:!?]{{0,40}}?\b(?:(?:is|are|was|were|remains?|remained)\s+|as\s+)(?:the|a|an|its|their|one\s+of\s+(?:the|its|their))\s+"
                      rf"(?:[\w'’-]+\s+){{0,3}}?(?:{alt})\b", re.I)


@per_rules
def _difficulty_state_en() -> re.Pattern:
    """An English clause saying the cue's subject is scarce or held up, right after the cue: '… is hard to
    find', '… are in short supply', '…, has slipped to 2026', '… had become harder' (rules: difficulty_cues.en_state); not past a
    word that opens another clause ('… supply talent, while office space is tight')."""
    alt = _difficulty_words("en_state")
    return re.compile(rf"(?:(?!\b(?:while|but|whereas|although|though|and|yet)\b)[^.;:!?]){{0,40}}?"
                      rf"\b(?:is|are|was|were|remains?|remained|has|have|had)\s+(?:been\s+|become\s+|got\s+|gotten\s+|grown\s+)?"
                      rf"(?:(?:still|very|particularly|increasingly|relatively|far|much|getting|becoming|already)\s+)*(?:{alt})\b", re.I)


@per_rules
def _difficulty_after_en() -> re.Pattern:
    """English words right after a cue that make it a difficulty: 'Talent Drain', 'a talent shortage'."""
    return re.compile(r"\s*(?:" + _difficulty_words("en_after") + r")\b", re.I)


_HEADCOUNT_EN = re.compile(r"\s+of\s+(?:about|around|roughly|some|nearly|almost|more\s+than|over|close\s+to)?\s*\d", re.I)
# a number of people right after a noun: (이|은|만 ...) 약 2만2천여 명, 1만 명; or their share: 연구인력은 30.5%
_HEADCOUNT_KO = re.compile(r"(?:[이가은는도]|만|만도|만해도)?\s*(?:약\s*)?\d[\d,.]*(?:\s*[십백천만]\s*\d*[\d,.]*)*\s*[십백천만]?\s*여?\s*(?:명|%)")


_LIST_OPENS_EN = re.compile(r"\b(?:such as|including|include|includes|like|notably|among them|among which|led by)\b")


@per_rules
def _academic_name_rx() -> re.Pattern:
    words = "|".join(re.escape(w) for w in _rules()["anchor_firms"].get("en_academic_name_words") or ["\x00"])
    return re.compile(rf"\b(?:{words})\b")


@per_rules
def _not_firm_rx() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(_rules()["anchor_firms"].get("en_not_firm_words") or ["\x00"], key=len, reverse=True))
    return re.compile(rf"\b(?i:{words})\b")


def _academic_names(found: str) -> bool:
    """Whether a list of names holds a university's or an institute's (factors.yaml anchor_firms.en_academic_name_words):
    'Fudan University and ShanghaiTech University have campuses there' names no firms."""
    return _academic_name_rx().search(found) is not None


def _examples_of_no_firms(found: str, firm: str) -> bool:
    """Whether the last noun before the list's opening word is a kind of body that is no firm (factors.yaml
    anchor_firms.en_not_firm_words: 'cooperate with other firms or with campus institutes such as the Max Planck
    Institutes …'; not 'research centres of multinationals such as Google')."""
    opens = _LIST_OPENS_EN.search(found)
    head = found[:opens.start()] if opens else found
    bodies = [x.end() for x in _not_firm_rx().finditer(head)]
    firms = [x.end() for x in re.finditer(rf"\b(?i:{firm})\b", head)]
    return bool(bodies) and bodies[-1] > (firms[-1] if firms else -1)


def anchor_firms(span, lang: str) -> int | None:
    """Where a sentence lists named firms as its anchors (Doc offset of the list), or None."""
    a = _rules()["anchor_firms"]
    if lang != "ko":
        text = span.text
        firm = "|".join(a["en_firm_words"])
        arrival = "|".join(a.get("en_arrival_words") or ["\x00"])  # 'the arrival of Siemens (later Infineon) and AMD'
        names = r"(?:[A-Z]|[a-z]{1,4}(?=[A-Z]))[\w&.'’\-]*(?:\s[A-Z][\w&.'’\-]*)*"  # L'Oréal, AT&T, bioMérieux, eBay
        # ('including research centres of Roche, Novartis and GlaxoSmithKline': the firms' sites, then the firms)
        lst = rf"(?:such as|including|include|includes|like|notably|among them|among which|led by)\s+(?:(?:the\s+)?(?:[\w-]+\s+){{1,3}}of\s+)?{names}(?:,\s*{names})*,?\s+(?:and|or)\s+(?:the\s+)?{names}"
        m = next((x for x in re.finditer(rf"\b(?i:{firm})\b[^.;]{{0,90}}?,?\s*{lst}", text) if not _examples_of_no_firms(x.group(), firm)), None) or \
            re.search(rf"\b(?i:{firm}),\s+{names}(?:,\s*{names})*,?\s+and\s+{names},", text) or \
            re.search(rf"\b(?i:{firm})\s*[—–]\s*{names}(?:,\s*{names})*,?\s+and\s+{names}\s*[—–]", text) or \
            re.search(rf"\b(?:home\s+to|hosts|houses)\s+{names}(?:\s*\([A-Z]{{2,6}}\))?(?:,\s*{names}(?:\s*\([A-Z]{{2,6}}\))?)*,?\s+and\s+"
                      rf"(?:many|several|dozens\s+of|hundreds\s+of|scores\s+of|other)\s+(?:other\s+)?(?:[\w\-]+\s+){{0,2}}(?i:{firm})\b", text) or \
            re.search(rf"\b(?i:{firm})\b[^.;()]{{0,30}}\(\s*{names}(?:,\s*{names})*,?\s+and\s+{names}\s*\)", text) or \
            re.search(rf"\b[Aa]nchors?\s+(?:is|are|was|were|remains?)\s+(?:still\s+)?{names}", text) or \
            next((x for x in re.finditer(rf"\b(?i:{arrival})\s+of\s+{names}(?:\s*\([^()]{{1,40}}\))?(?:,\s*{names}(?:\s*\([^()]{{1,40}}\))?)*,?\s+and\s+{names}",
                                         text) if not _academic_names(x.group())), None) or \
            re.search(rf"\b(?:home to|hosts|houses)\s+(?:the\s+(?:[\w\-]+\s+){{0,2}}?(?:offices|headquarters|campuses|plants|operations|research centres|labs)\s+of\s+)?"
                      rf"{names}(?:,\s*{names})+,?\s+and\s+{names}", text) or \
            next((x for x in re.finditer(rf"(?:^|[—–:]\s*|,\s+and\s+)(?:{names})(?:,\s*{names})*,?\s+and\s+{names}\s+(?:all\s+|each\s+|both\s+)?(?:run|runs|operate|have|has|"
                      rf"maintain|keep|keeps|built|set up|have opened|opened|have established|established)\s+(?:major|large|big|their|regional|european|global|research|development|engineering|manufacturing|production|design)?\s*"
                      rf"(?:sites|plants|campuses|operations|facilities|headquarters|laboratories|research centres|factories|teams|"
                      rf"offices|development centres|R&D centres)", text) if not _academic_names(x.group())), None) or \
            re.search(rf"(?:^|[—–:]\s*)(?:{names})(?:,\s*{names})*,?\s+and\s+{names}\s+(?:were|are|became|remain)\s+(?:among\s+)?"
                      rf"(?:the\s+|its\s+)?(?:first|earliest|early|biggest|largest|main|major|anchor|key)?\s*"
                      rf"(?:tenants|residents|occupants|investors|employers|(?:companies|firms)\s+(?:that|which)\s+(?:have\s+|had\s+)?(?:invested|moved|located|settled|set\s+up))\b", text)
        # ('Microsoft, Oracle and IBM were among the first tenants', 'Cisco, Google and Intel are among the companies that have
        # invested in the area'; a list set off by dashes too: 'The other large firms — DAF, NXP and VDL — together …';
        # or named firms and many more: 'home to Taiwan Semiconductor Manufacturing Company (TSMC), UMC and many other
        # semiconductor firms')
        return span.start_char + m.start() if m else None
    toks = list(span)
    firm_words = set(a["ko_firm_words"])
    sites = set(a.get("ko_site_words") or ())
    # named firms' sites listed, then moved in: '델 본사, 삼성전자 오스틴 반도체 공장, 애플 캠퍼스 등이 입주'
    if (listed := firm_sites_listed_ko().search(span.text)) is not None \
            and not _places_listed(", ".join(item.split()[0] for item in listed.group().split(","))):
        return span.start_char + listed.start()  # (not a body's sites in places: '대전 연구소, 세종 연구소 등이 위치')
    for i, t in enumerate(toks):
        # 삼성전자 평택캠퍼스를 비롯해 … 기업 30여곳: a named firm first among the firms there
        b = i - 2  # (the whole noun phrase before 을: 현대자동차 수소연료전지 공장을 비롯해)
        while b > 0 and toks[b - 1].tag_.split("+")[0] in ("NNP", "NNG", "SL", "SH", "SN") and i - b < 8:
            b -= 1
        if t.lemma_.split("+")[0].startswith("비롯") and i >= 2 and toks[i - 1].tag_.startswith("JKO") \
                and toks[i - 2].tag_.startswith("NN") and any(x.tag_.split("+")[0] in ("NNP", "SL") for x in toks[min(b, max(0, i - 5)):i - 1]) \
                and any(x.text in firm_words or x.text.endswith(("기업", "회사", "업체")) for x in toks[i + 1:i + 10]):
            return toks[i - 2].idx
        # TSMC와 마이크론이 … 대규모 공장을 운영, 오라클과 IBM, HP도 … 개발 조직을 두고: named firms, the subject, running their sites there
        if t.tag_ in ("JKS", "JX") and t.text in ("이", "가", "은", "는", "도") and i >= 3 \
                and toks[i - 1].tag_.split("+")[0] in ("NNP", "SL") and toks[i - 2].text in ("와", "과", ",") \
                and toks[i - 3].tag_.split("+")[0] in ("NNP", "SL") \
                and any(w in doc_text(span.doc)[t.idx + len(t.text):t.idx + 40] for w in sites) \
                and not _places_listed(doc_text(span.doc)[toks[i - 3].idx:toks[i - 1].idx + len(toks[i - 1].text)]):
            return toks[i - 3].idx  # (not places: '대전, 세종이 사무소를 열었다')
        if t.text != "등" or i < 3:
            continue
        # two or more proper names listed before 등: 노바티스, 사노피 등
        names, j = 0, i - 1
        while j >= 0:
            if toks[j].tag_.split("+")[0] in ("NNP", "SL"):
                names += 1
                while j >= 0 and toks[j].tag_.split("+")[0] in ("NNP", "SL"):
                    j -= 1
                if j >= 0 and toks[j].text in (",", "및", "와", "과"):
                    j -= 1
                    continue
            break
        if names < 2:
            continue
        # ... as the subject investing in or moving into the place: '시스코, 페이스북, 구글, 인텔 등이 이 지역에 투자했으며'
        # (not places: '대전, 세종 등이 유치에 나섰다')
        if i + 1 < len(toks) and toks[i + 1].text in ("이", "가") \
                and any(x.text.startswith(("투자", "입주")) for x in toks[i + 2:i + 8]) \
                and not _places_listed(doc_text(span.doc)[toks[j + 1].idx:t.idx]):
            return toks[j + 1].idx
        window = [x.text for x in toks[i + 1:i + 9]]
        firm_at = next((k for k, w in enumerate(window) if w in firm_words or w.endswith(("기업", "회사", "개사"))), None)
        if firm_at is not None and not any(w in compact_ko_heads() for w in window[:firm_at]) \
                and not _places_listed(doc_text(span.doc)[toks[j + 1].idx:t.idx]):
            return t.idx  # (not 미포, 온산 등 국가산업단지 입주 기업들: the names are of complexes, their firms unnamed;
            # nor 대전, 세종 등이 기업 투자 유치에: places)
    return None


@per_rules
def firm_sites_listed_ko() -> re.Pattern:
    """Two or more items '<name> [words] <site>' (anchor_firms.ko_site_words) listed before 등 and a verb of
    moving in or being there."""
    sites = _rules()["anchor_firms"].get("ko_site_words") or ()
    site = "|".join(sorted(map(re.escape, sites), key=len, reverse=True)) or "(?!)"
    # (its place in brackets or after it: '델 본사(라운드록)', '테슬라 기가팩토리 텍사스')
    item = rf"[가-힣A-Za-z0-9&]+(?:\s+[가-힣A-Za-z0-9]+){{0,2}}\s*(?:{site})(?:\s*[(（][^)）]{{1,20}}[)）]|\s+[가-힣]{{2,6}}(?=\s*,))?"
    return re.compile(rf"{item}(?:\s*,\s*{item})+\s*등이\s*(?:입주|들어서|들어와|자리|위치|모여|진출)")


def _places_listed(listed: str) -> bool:
    """Whether any item of a Korean list (시스코, 페이스북 …) is a known place or country."""
    from pipeline.extract.geo import country_surface_set, korean_place_lookup

    items = [w.strip() for w in re.split(r"[,·]|\s(?:및|와|과)\s", listed) if w.strip()]
    return any(w in korean_place_lookup() or w in country_surface_set() for w in items)


def is_meta_sentence(text: str, lang: str) -> bool:
    """A sentence about the document itself (본 보고서는 ..., this report ...): each cue starts a word."""
    return bool(_meta_rx(lang).search(text))


@per_rules
def _meta_rx(lang: str) -> re.Pattern:
    cues = sorted(_rules()["meta_sentence_cues"]["ko" if lang == "ko" else "en"], key=len, reverse=True)
    return re.compile(r"(?<![\w가-힣])(?:" + ("|".join(re.escape(c) for c in cues) or "\x00") + ")", re.I)


def has_policy_cue(text: str, lang: str) -> bool:
    cues = _rules()["policy_cues"]["ko" if lang == "ko" else "en"]
    low = text.lower()
    return any(c.lower() in low for c in cues)


def table_row_factor(label: str, lang: str) -> str | None:
    """The factor a table row's label cell names (협업 네트워크 -> collaboration_network)."""
    doc = get_nlp(lang)(label)
    hits = cue_factors(doc[:], lang)
    if hits:
        return max(hits, key=lambda h: h[2] - h[1])[0]
    low = label.lower()
    for code, words in _rules()["table_labels"].items():
        if any(w.lower() in low for w in words):
            return code
    return None
