"""Chinese: cues match inside words, sentences end at 。！？, names are runs of transliteration
characters or names written in Latin letters; the speaker stands before the cue (他表示，…), or
after 据 (据X称，…). Chinese news also quotes Latin-script names and organisations, so the rules
extend :class:`~claimx.lang.latin.LatinRules` and override the grammar of the cue and the subject.
"""
from __future__ import annotations

import re
from functools import cached_property

from claimx.lang import zh_names
from claimx.lang.base import (SENT_END, Rules, cap_length, data_dir, read_lines, sentence_end, trie_pattern, trim,
                              trim_punct)
from claimx.lang.latin import LatinRules
from claimx.mentions import Mention
from claimx.names import SEPARATORS, is_han

# a sentence ends at 。！？ (not at ；: reported speech runs on over semicolons)
_SENT = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)\]]*|$)")
_CLAUSE_END = re.compile(r"[，,：:；;]")
_CLOSE_Q = set("”’」』\"'")
_QUOTE_MARKS = set("“”‘’「」『』\"'")
_NUM = "[0-9０-９一二三四五六七八九十两〇零]"
_PART_OF_DAY = "(?:上午|下午|晚间|晚上|晚|早间|早上|凌晨|中午|傍晚)"
# a date or time between the speaker and the cue: 24日, 7月24日上午, 当天, 去年7月, 周三, 本周早些时候
_DATE = (rf"(?:(?:{_NUM}{{2,4}}年)?{_NUM}{{1,2}}月)?{_NUM}{{1,3}}日{_PART_OF_DAY}?|"
         rf"(?:去年|今年|前年|明年)?{_NUM}{{1,2}}月(?:初|中旬|下旬|底|份)?|(?:去年|今年|前年)(?:底|初|年初|年底)?|"
         rf"(?:当天|当日|今天|今日|昨天|昨日|前天|同日|本周|上周|当晚|当地时间|北京时间|"
         rf"周[一二三四五六日末]|星期[一二三四五六日天]){_PART_OF_DAY}?|{_PART_OF_DAY}|"
         rf"(?:本周|上周|本月|上月|今年|去年|当天|当日|今天|昨天|此前)?(?:早些时候|晚些时候|稍早|稍晚)")
# the occasion: 在记者会上, 接受新华社记者采访时, 在通报…情况时, 通过社交媒体, 发表声明, 的话 (援引…的话说),
# 说法 (援引警方说法报道称), 的消息 (援引国防部的消息称)
# publishing a document, the way the cue after it speaks (发表声明表示); not 发表的声明, the document
_PUBLISHED = (r"(?:发布|发表|刊发|刊登|发出|公布|印发|传回|传出|发(?![布表出])|撰|(?<![周月季旬报期副特专增])刊)(?!的)[^，,。“”]{0,12}?"
              r"(?:声明|公告|通报|新闻稿|文章|社论|评论|报告|白皮书|公报|通知|讲话|演讲|演说|致辞|谈话|看法|意见|观点|消息|文|稿|推文|帖子|帖)")
_PUBLISHED_RE = re.compile(_PUBLISHED)
_PUBLISHED_LONGEST = re.compile(_PUBLISHED.replace("{0,12}?", "{0,12}"))   # 发表评论员文章, not 发表评论
_PUBLISH_FIRST = frozenset("发刊公印传撰")                  # the publishing verbs' first characters
_COMMA_GAP = re.compile(r"[\s，,]*")
_PUBLISHED_GAP = re.compile(r"(?:时|后|中)?[\s，,]*")
_CUE_TAIL = re.compile(r"[说称](?=[\s，,：:])")     # 报道说，…: a speech verb after the cue is part of it
_COORDINATION = re.compile(r"[和与及]")
_COORDINATORS = frozenset("和与及跟")
_TITLED = re.compile(r"(?:题为|名为|题目为|标题为)《?$")   # a title follows
_ENUMERATION = re.compile(r"[和与及、]")       # 俄罗斯、哈萨克斯坦和中国: the members of a list
# a cue form read as another word before these characters (称其为了: 称 + 其 + 为了 'in order to')
_CUE_NOT_BEFORE = {"称其为": "了"}
_TITLE_REACH = 16                                   # characters of a title between 和 and a name
_ENUMERATION_REACH = 8                              # names before 和 followed back over their 、
# a thing named before, and a copula, as the whole subject of a quoted predicate (这一说法“荒谬”)
_THING_NAMED_BEFORE = re.compile(r"(?:这一|这些|这个|这种|这项|此次|此项|此事|该|此|相关)[\u3400-\u9fff]{0,4}?(?:是|为)?")
_OCCASION = (r"(?:在|于)?(?:接受[^，,。“”]{0,20}?(?:采访|专访|询问)|受访)时?|"
             r"在[^，,。“”]{1,60}?(?:中|上|时|里|期间|之际|前|后)|(?:通过|借助)[^，,。“”]{1,15}|"
             r"在[^，,。“”]{0,30}?“[^，,。“”]{1,30}”(?=》|的|一文)[^，,。“”]{0,20}?(?:中|上)|"   # 在题为“…”的文章中
             r"经?(?:审理|调查|研究|审查|核实|分析|讨论|会商)后?|" + _PUBLISHED + "|的话|的?说法|的消息|"
             r"的(?:声明|公告|通报|新闻稿|公报|报告|文章|社论|讲话)")   # 援引国防部的声明报道
_ONLY_TIME = re.compile(rf"[\s，,]*(?:{_DATE}|随后|此外|另外|对此|同时)?[\s，,]*")
# a preposition, not the end of a word (针对, 面对, 参与, 交给)
_NOT_IN_WORD = "(?<![针面相绝反应参交])"
_OPENING_VERBS = "在|对|向|于|曾|也|将|把|已|还|正|又|都|去|到|从|举行|提出|发表|通过|召开|发布"
_OPENING_SUBJECT = re.compile(rf"\s*([^，,。“”；;：:]{{2,16}}?)(?={_OPENING_VERBS})")
_OPENING_VERB = re.compile(_OPENING_VERBS)
_CLAUSE_STOP = re.compile(r"[，,。“”；;：:]")
_GLOSS_END = re.compile(r"[（(]\s*([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F’'\-\. “”\"]{1,60})\s*[)）]$")   # a Latin gloss after a name
_SHORT_FORM_END = re.compile(r"[（(][\u3400-\u9fff]{2,8}[)）]$")   # an organisation's short form after its name
_AT_HANDLE_END = re.compile(r"(?<![\w@])@([^\s@，,。：:“”]{2,20})\s*\Z")   # '@平安北京 在微博发布消息称'
_OUTLET_ENDS = ("社", "报", "台", "网")          # how the short names of agencies and papers end
_NICKNAME_END = re.compile(r"[“「\"][^“”「」\"]{1,8}[”」\"]\Z")   # '“格兰特”' between the pieces of a name
_ACRONYM = re.compile(r"[A-Z][A-Z&\-]{1,9}")
_COLON_QUOTE = re.compile(r"[：:]\s*[“「『\"‘]")
_SIGNATURE = re.compile(r"\s*(——|[―—–]{1,2}|-{1,2})\s*([^，,；;：:“”「」\"（）()\s]{2,30}?)[\s。.]*")
_ACCORDING_END = re.compile(r"[^，,。；;：:“”]{1,30}?(的(?:说法|话|介绍|描述|看法|声明|公告|通报|公报))[，,]")   # 按照X的说法，
_CALLED = re.compile(r"(?:名叫|叫做|名为)([^，,。“”的]{2,12})的")       # 一位名叫阿伊达的居民
_SO_CALLED = ("所谓", "所谓的")
# after 有 'there are' (有专家, 有一名官员), these make a word of it: 有些, 有的 'some', 有关 'concerned'
_NOT_EXISTENTIAL = frozenset("些的关")
_TO_WHOM = frozenset("向对给跟与和同")                # before the one spoken to (消息人士向本网透露)
_DOCUMENT_COUNT = re.compile(r"(?:[一这该此那][篇份则项])?")   # 一篇 before an article, or nothing
_PHRASE_GAP = re.compile(r"(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff])")   # 表示新厂区明年投入使用 污水处理能力将翻番
_SITE_TAG = re.compile(r"\s*[-－_|｜]\s*[\u3400-\u9fff]{1,8}(?:网|社|报|新闻|日报|晚报|电视台)\s*$")  # …-大河网
_OUTLET_AFTER = re.compile(rf"(?:网站|网络版|电视台|频道)?(?:{_DATE})?(?:的)?(?:报道|报导|援引|引述|消息|发表|刊登|刊发)")
_PUBLICATION_SITE = re.compile(r"(《[^《》]{1,30}》)(?:网站|网络版|电子版|官网|杂志|周刊|月刊|双月刊|半月刊|季刊|"
                               r"網站|網絡版|電子版|官網|雜誌|雙月刊)")
_TURN_LABEL = re.compile(r"[ \t\u3000]*([^：:，,。！？!?“”「」\s]{1,24})[：:][ \t\u3000]*")   # 问：, 毛宁：
_ANSWER_LABELS = ("答", "回答")
_BRIEFING_HOST = re.compile(r"(?:主持|答记者问|答記者問)")                     # 发言人林剑主持例行记者会
# the author of an article: 作者为/是…X (to the clause's end), 刊登…X的文章, X撰文
_ARTICLE_AUTHOR = re.compile(r"作者(?:为|是|系)([^。！？]{2,40})|"
                             r"(?:刊登|刊发|发表|刊载)了?([^，,。“”]{2,30}?)(?:的|撰写的)(?:署名|评论|专栏)?文章|"
                             r"([^，,。“”]{2,30}?)撰文")
_ARTICLE_NOUNS = ("文章", "评论文章", "署名文章", "专栏文章")
_IN_ARTICLE = re.compile(r"(?:在|于)(?:该|这篇|此)?(?:文|文章|文中|专栏)")
_LEAD_CLAUSE = re.compile(r"(?:在|当|据)?[^，,。“”]{0,30}?(?:时|后|前|期间|中|上)?[，,]")


class ChineseRules(LatinRules):
    word_boundaries = False
    clause_marks = "，,；;：:。"
    subject_antecedents = True
    mixed_whole_clause = True
    term_quote_units = 2                   # “公投”, “坚决”: up to four characters
    open_quote_takes_next_cue = True
    appended_quote_is_subjects = True
    quote_paragraph_continues_reported = True
    reference_paragraphs = 6               # paragraphs are a sentence or two

    language = "zh"

    @cached_property
    def traditional(self) -> list[dict[int, str]]:
        """Tables for str.translate: the n-th traditional form of each simplified character."""
        forms = {}
        for line in read_lines(data_dir() / "zh" / "traditional.tsv"):
            simple, _, alternatives = line.partition("\t")
            forms[ord(simple)] = alternatives.split()
        most = max(map(len, forms.values()), default=0)
        return [{k: v[min(i, len(v) - 1)] for k, v in forms.items()} for i in range(most)]

    def lines(self, name: str) -> list[str]:
        """Word lists are written in simplified characters; each entry also matches in traditional
        characters (說 for 说, 認為 and 認爲 for 认为), so no list has to be kept twice."""
        out = []
        for line in super().lines(name):
            out.append(line)
            for table in self.traditional:
                variant = line.translate(table)
                if variant not in out:
                    out.append(variant)
        return out

    @cached_property
    def translit_chars(self) -> frozenset[str]:
        """The characters of transliterated names: the hand list and those learned from the name
        pairs (translit_chars_learned.txt, built by make names-model)."""
        return frozenset("".join(self.lines("translit_chars.txt") + self.lines("translit_chars_learned.txt"))
                         .replace(" ", ""))

    def gender(self, m) -> str | None:
        """As in every language, and for a transliterated name the gender its ending marks
        (卡塞诺娃 f, 乌马罗夫 m: Russian and Central Asian surnames)."""
        word = m.text if m.kind == "pronoun" else m.honorific
        if word or m.kind != "name":
            return super().gender(m)
        return self.surname_gender(m.text)

    def surname_gender(self, surname: str) -> str | None:
        last = self.normalise(surname).replace("－", "-")
        for sep in SEPARATORS + "-":
            last = last.rsplit(sep, 1)[-1]
        if len(last) < 3 or not all(c in self.translit_chars for c in last):
            return None
        return self.by_ending("name_genders.tsv", last)

    def normalise(self, s: str) -> str:
        """Simplified characters, one for one, so that offsets keep their meaning (说 for 說)."""
        return zh_names.simplified(s)

    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        out = []
        for m in _SENT.finditer(text, start, end):
            if m.group().strip():
                a, b = trim(text, m.start(), m.end())
                # '“我们不会承认。”乌马罗夫先生说。': the attribution after a quotation is its sentence
                if out and text[out[-1][1] - 1] in _CLOSE_Q and self._attribution(text, a, b):
                    out[-1] = (out[-1][0], b)
                else:
                    out.append((a, b))
        return cap_length(text, out)

    def _attribution(self, text: str, a: int, b: int) -> bool:
        """A sentence that opens with a speaker and a cue (X说。 / X介绍，…), no quotation marks
        before the cue; a comma may open it ('“……。”，他说。': the comma of the quotation's clause
        written after its full stop)."""
        while a < b and text[a] in "，, ":
            a += 1
        k = _CLAUSE_END.search(text, a, b)
        e = k.start() if k else b
        if e - a > 40 or any(c in _QUOTE_MARKS for c in text[a:e]):
            return False
        while e > a and text[e - 1] in "。！？!?. ":
            e -= 1
        seg = self.normalise(text[a:e])
        return self.cue_at_end_re.search(seg) is not None or self._told_at_end_re.search(seg) is not None

    @cached_property
    def _told_at_end_re(self) -> re.Pattern:
        """A cue of object_cues.txt and the one told ending a sentence ('“……。”卡西莫夫告诉记者。')."""
        return re.compile(f"(?:{self._alternation(self.object_cues)})[^，,。：:“”]{{1,10}}$")

    @cached_property
    def _passing_cues(self) -> tuple[str, ...]:
        """Cues of a source passing words on (援引), not the frame 据."""
        return tuple(w for w, role in self.cues.items() if role == "source" and len(w) > 1)

    @cached_property
    def cue_re(self) -> re.Pattern | None:
        """The cues (cues.tsv), those of :data:`_CUE_NOT_BEFORE` only where the character they must
        not stand before does not follow (称其为“…” names a thing, 称其为了… is 称 + 其 + 为了)."""
        forms = sorted((f for f in self.cues if f not in _CUE_NOT_BEFORE), key=len, reverse=True)
        if not forms:
            return None
        guarded = "|".join(rf"{re.escape(f)}(?![{re.escape(n)}])" for f, n in _CUE_NOT_BEFORE.items() if f in self.cues)
        return re.compile(rf"{guarded}|{trie_pattern(forms)}" if guarded else trie_pattern(forms))

    @cached_property
    def cue_at_end_re(self) -> re.Pattern:
        return re.compile(f"(?:{self._alternation(self.cues)})$")

    @cached_property
    def _by_length(self) -> dict[str, list[str]]:
        """Pronouns and unnamed-source nouns, longest first (the first that ends a phrase wins)."""
        return {"pronouns": sorted(self.pronouns, key=len, reverse=True),
                "unnamed": sorted(self.unnamed, key=len, reverse=True)}

    @cached_property
    def _institutions(self) -> tuple[str, ...]:
        """Seats of government that speak for it (白宫, 克里姆林宫; institutions.txt), longest first."""
        return tuple(sorted(self._raw("institutions.txt"), key=len, reverse=True))

    @cached_property
    def _unnamed_by_first(self) -> dict[str, tuple[str, ...]]:
        """The unnamed-source nouns by their first character (与会各方 under 与)."""
        out: dict[str, list[str]] = {}
        for n in self._by_length["unnamed"]:
            out.setdefault(n[0], []).append(n)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _ends(self) -> dict[str, tuple[str, ...]]:
        """The pronouns, unnamed-source nouns and honorifics as tuples, for ``str.endswith``."""
        return {"pronouns": tuple(self.pronouns), "unnamed": tuple(self.unnamed),
                "honorifics": tuple(self.honorifics)}

    @cached_property
    def weak_cues(self) -> frozenset[str]:
        """Cues that report speech only when the reported clause follows at once (weak_cues.txt)."""
        return frozenset(self._raw("weak_cues.txt"))

    weak_cue_followers = frozenset("，,：:。！？!?")

    @cached_property
    def object_cues(self) -> frozenset[str]:
        """Cues followed by the one spoken to before what was said (告诉记者，…)."""
        return frozenset(self._raw("object_cues.txt"))

    _cue_object = re.compile(r"[^，,。：:“”]{1,15}[，,：:]\s*")

    short_org_latest = True                # 商务部 after 美国商务部 and 中国商务部: the one named last
    source_outlet_passes_on = True
    source_ends_at_speaker = True          # 据X报道，A召开会议，会议指出，…: the meeting's words

    @cached_property
    def _country_sides(self) -> list[tuple[str, tuple[str, ...]]]:
        """(side, the country names it stands for) from country_sides.tsv (中方: 中国)."""
        out = []
        for line in self._raw("country_sides.tsv"):
            side, _, countries = line.partition("\t")
            if side.strip() and countries.split():
                out.append((side.strip(), tuple(countries.split())))
        return out

    @cached_property
    def _org_full_names(self) -> dict[str, str]:
        """short form (simplified) → full name, from org_abbreviations.tsv (世卫组织 → 世界卫生组织)."""
        out = {}
        for line in self._raw("org_abbreviations.tsv"):
            full, _, shorts = line.partition("\t")
            for short in shorts.split():
                out.setdefault(short, full.strip())
        return out

    def org_name(self, name: str) -> str:
        """The name an organisation mentioned as ``name`` goes by: its full name when ``name`` is a
        listed short form (世卫组织 → 世界卫生组织, IMF → 国际货币基金组织), a publication's name
        without its website or kind (《卫报》网站 → 《卫报》, 《经济学人》周刊 → 《经济学人》), else ``name``."""
        m = _PUBLICATION_SITE.fullmatch(name)             # 《卫报》网站: the paper's
        if m:
            return m.group(1)
        return self._org_full_names.get(self.normalise(name), name)

    def generic_body(self, name: str) -> bool:
        return zh_names.is_generic_body(name) or zh_names.anonymous_person(name)

    def org_other_names(self, name: str) -> tuple[str, ...]:
        """The side of the country an organisation's name begins with: 中方 for 中国商务部 (中方敦促…
        after 中国商务部指出… is the ministry speaking for China)."""
        name = self.normalise(name)
        return tuple(side for side, countries in self._country_sides if name.startswith(countries))

    @cached_property
    def _meetings(self) -> tuple[tuple[str, ...], frozenset[str]]:
        return zh_names.meeting_words(), frozenset(self._raw("participants.txt"))

    collective_members = True

    def members_of(self, source: str, body: str) -> bool:
        """A meeting's participants speaking as one are the meeting: 各方 / 与会各方 after any
        meeting, the ministers of '东盟外长视频会议' written '东盟外长' (the meeting's
        name without its last word)."""
        words, participants = self._meetings
        source, body = self.normalise(source), self.normalise(body)
        word = next((w for w in words if body.endswith(w)), None)
        if word is None:
            return False
        return source in participants or len(source) >= 2 and body[:len(body) - len(word)] == source

    def office_named_later(self, office: str) -> bool:
        """里昂检察官 (a definite office) may be named later; 一名律师 (a quantifier) may not."""
        return not re.match(rf"(?:{self.quantifier_alt}|{self.demonstrative_alt})", self.normalise(office))

    @cached_property
    def _report_cues(self) -> frozenset[str]:
        return frozenset(self._raw("report_cues.txt"))

    def reports(self, text: str, a: int, b: int) -> bool:
        """报道/报导 (report_cues.txt): 'X报导，新书引述消息人士表示，…' passes on the sources' words;
        so does any cue of a news outlet ('塔斯社称，佩斯科夫说，…')."""
        if self.normalise(text[a:b]) in self._report_cues:
            return True
        k = a
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        org = zh_names.org_at_end(text, max(0, k - 20), k)
        if org is None:                                # 路透社记者称，…: the outlet's reporter
            role = zh_names.role_at_end(text, max(0, k - 20), k)
            reporter = role and zh_names.outlet_of_reporter(text, role[0], k)
            return bool(reporter) and not (role[0] > 0 and self.normalise(text[role[0] - 1]) in _TO_WHOM)
        return (text[org[0]] == "《" or self.normalise(text[org[0]:k]).endswith(_OUTLET_ENDS)) \
            and not (org[0] > 0 and self.normalise(text[org[0] - 1]) in _TO_WHOM)   # 向本网透露: told to it

    def may_report(self, text: str, org) -> bool:
        """A report (报道称) is an outlet's: a publication in 《》, or a body that reports or is
        quoted as a medium ('据X报道', 'X援引…', 'X网站11月3日报道') where it is named."""
        name = org.text
        return name.startswith("《") or _OUTLET_AFTER.match(self.normalise(text[org.end:org.end + 20])) is not None

    def bodies_before(self, text: str, a: int, b: int) -> list[Mention]:
        """The meetings named in ``text[a:b]`` (read only when a meeting word occurs there)."""
        window = self.normalise(text[a:b])
        words = zh_names.meeting_words()
        if not any(w in window for w in words):
            return []
        return [o for o in self.org_mentions(text, a, b) if self.normalise(o.name or o.text).endswith(words)]

    def only_time(self, s: str) -> bool:
        """Is ``s`` empty, punctuation or a date or time (26日，/ 当天，)?"""
        return bool(_ONLY_TIME.fullmatch(self.normalise(s)))

    # ---- word lists (simplified characters, as written in data/zh/) --------------------------
    def _raw(self, name: str) -> list[str]:
        return [w.strip() for w in Rules.lines(self, name)]

    @cached_property
    def conditionals(self) -> tuple[str, ...]:
        """Words opening a clause whose speech is supposed, not reported (conditionals.txt)."""
        return tuple(self._raw("conditionals.txt"))

    @cached_property
    def _courtesies(self) -> tuple[str, ...]:
        return tuple(self._raw("courtesies.txt"))

    def _courtesy(self, rest: str) -> bool:
        """Is ``rest`` (what follows a cue up to the sentence end) a short phrase ending in a
        courtesy (衷心感谢, 深切哀悼; courtesies.txt)?"""
        body = self.normalise(rest).rstrip(" 。.！!")
        return len(body) <= 8 and body.endswith(self._courtesies)

    @cached_property
    def _question_cues(self) -> frozenset[str]:
        """Verbs of asking (question_cues.txt): only a quotation after them is speech."""
        return frozenset(self._raw("question_cues.txt"))

    @cached_property
    def intent_openers(self) -> tuple[str, ...]:
        """Words that open the statement after an intent cue (承诺将…; intent_openers.txt)."""
        return tuple(self._raw("intent_openers.txt"))

    @cached_property
    def adverb_re(self) -> re.Pattern:
        """Adverbs and adverbial phrases between a subject and its cue (也, 在会上, 向记者)."""
        preps = "|".join(map(re.escape, self._raw("prepositions.txt")))
        words = "|".join(map(re.escape, self._raw("adverbials.txt")))
        occasions = "|".join(map(re.escape, self._raw("occasion_verbs.txt")))   # 主持例行记者会时
        channels = "|".join(map(re.escape, sorted(self._raw("channels.txt"), key=len, reverse=True)))
        posts = "|".join(map(re.escape, sorted(self._raw("post_verbs.txt"), key=len, reverse=True)))
        # after an unnamed source or a pronoun only (这篇评论说, 该报评论说: the piece is the source)
        who = "|".join(f"(?<={re.escape(w)})" for w in sorted({*self.unnamed, *self.pronouns}, key=len, reverse=True))
        return re.compile(
            rf"(?:{words}|(?:在|于)?(?:{_DATE})|{_OCCASION}|(?:{occasions})[^，,。“”]{{0,24}}?(?:时|后|之际)|"
            rf"(?:在|于|通过)[^，,。“”]{{0,12}}?(?:{channels})(?:“[^，,。“”]{{1,10}}”)?(?:上|中|里)?(?:{posts})?|"   # 在官方微博(留言): where it was posted, 平台“真实社交”上
            r"(?:发布|发表|发出|公布|刊发|印发)|"       # 发布|通报称: the cue names the document published
            rf"(?:在|于){zh_names.MEDIA_TITLE}(?:上|中)?|"   # 在《真理报》发表文章称: where it was published
            rf"(?=(?:{posts})$)(?:{who})(?:{posts})|"  # 网友留言|说, 他发言|称: how it was posted, no channel
                                                       # (the look-ahead first: ~100 look-behinds at each place are slow)
            r"(?:一边|一面|边)[^，,。“”]{1,8}?(?:一边|一面|边)|"    # 一边排队一边说: while doing something
            rf"{_NOT_IN_WORD}(?:{preps})[^，,。“”的]{{1,15}}|"
            rf"{_NOT_IN_WORD}(?:{preps})[^，,。“”]{{1,15}}的[^，,。“”]{{1,6}})$")

    @cached_property
    def negation_alt(self) -> str:
        return "|".join(map(re.escape, self._raw("negations.txt")))

    @cached_property
    def _negation_end_re(self) -> re.Pattern:
        return re.compile(rf"(?:{self.negation_alt})$")

    @cached_property
    def _negation_near_end_re(self) -> re.Pattern:
        return re.compile(rf"(?:{self.negation_alt})[^，,。]{{0,8}}$")

    @cached_property
    def _demonstrative_source_re(self) -> re.Pattern:
        return re.compile(rf"({self.demonstrative_alt})[^，,。]{{0,6}}?({self.source_noun_alt})$")

    @cached_property
    def quantifier_re(self) -> re.Pattern:
        # a numeral and a measure word open a longer phrase too (一位不愿透露姓名的联合国官员)
        return re.compile(rf"(?:{self.quantifier_alt})[^，,。“”：:]{{0,8}}$|[一两几数多][名位][^，,。“”：:]{{0,16}}$")

    @cached_property
    def quantifier_alt(self) -> str:
        return "|".join(map(re.escape, self._raw("quantifiers.txt")))

    @cached_property
    def people_count_re(self) -> re.Pattern:
        """A number of people ending a clause: a quantifier (quantifiers.txt) or a figure, a measure
        word, 人."""
        return re.compile(rf"(?:{self.quantifier_alt}|[0-9０-９]+|[一两二三四五六七八九十百千万]+)[多余]?[名位个]?人$")

    @cached_property
    def demonstrative_alt(self) -> str:
        return "|".join(map(re.escape, self._raw("demonstratives.txt")))

    @cached_property
    def role_opener_re(self) -> re.Pattern:
        return re.compile("^(?:" + "|".join(map(re.escape, self._raw("role_openers.txt"))) + ")")

    @staticmethod
    def _alias_index(registry) -> tuple[frozenset, tuple]:
        """The registry's Chinese aliases as a set and their distinct lengths, longest first, built
        once per registry: finding an alias at a position costs one look-up per length, not a
        walk over every alias (a registry may hold a million)."""
        aliases = registry.zh_aliases if registry else ()
        cached = getattr(registry, "_zh_alias_index", None) if registry else None
        if cached is None or cached[0] is not aliases:
            cached = (aliases, frozenset(aliases), tuple(sorted({len(a) for a in aliases}, reverse=True)))
            if registry:
                registry._zh_alias_index = cached
        return cached[1], cached[2]

    def _alias_ending(self, seg: str, registry) -> str | None:
        """The longest registry alias that ``seg`` ends with."""
        known, lengths = self._alias_index(registry)
        for n in lengths:
            if n <= len(seg) and (seg[len(seg) - n:] if n else "") in known:
                return seg[len(seg) - n:] if n else ""
        return None

    def _first_alias(self, text: str, a: int, b: int, registry) -> tuple[int, str] | None:
        """The registry alias inside ``text[a:b]`` that starts first (the longest one there)."""
        known, lengths = self._alias_index(registry)
        if not known:
            return None
        for i in range(a, b + 1):
            for n in lengths:
                if i + n <= b and text[i:i + n] in known:
                    return i, text[i:i + n]
        return None

    # ---- names and noun phrases --------------------------------------------------------------
    def subject_before(self, text: str, s: int, e: int, clause_start: int = 0,
                       registry=None) -> Mention | None:
        e = self._strip_adverbials(text, s, e)
        if e <= s:
            return None
        seg = self.normalise(text[s:e])           # the word lists are in simplified characters
        handle = self._handle_at_end(text, s, e)
        if handle is not None:
            return handle
        ends = self._ends                         # one C test before each loop over a list
        for p in self._by_length["pronouns"] if seg.endswith(ends["pronouns"]) else ():
            if seg.endswith(p) and (len(p) > 1 or self._word_at_end(seg, p)):
                return Mention(text[e - len(p):e], e - len(p), e, "pronoun", cls=self.pronouns[p],
                               lang=self.code)
        seat = next((w for w in self._institutions if seg.endswith(w)), None)
        if seat is not None:                           # 白宫表示, 克里姆林宫称: the government, no person
            return Mention(text[e - len(seat):e], e - len(seat), e, "org", name=text[e - len(seat):e],
                           lang=self.code)
        if seg.strip() in zh_names.cities():          # 基辅称, 阿斯塔纳表示: the government seated there
            a = s + len(seg) - len(seg.lstrip())
            return Mention(text[a:e], a, e, "org", name=text[a:e], lang=self.code)
        countries = _ENUMERATION.split(seg.strip())
        if all(zh_names.is_country(c) for c in countries):
            # 欧盟表示 (a word jieba names no place), 俄罗斯和哈萨克斯坦均表示: the first named, acting as one
            a = s + len(seg) - len(seg.lstrip())
            b = a + len(countries[0])
            return Mention(text[a:b], a, b, "org", name=text[a:b], lang=self.code)
        honorific = next((h for h in self.honorifics if seg.endswith(h)), None) \
            if seg.endswith(ends["honorifics"]) else None
        name_e = e - len(honorific) if honorific else e
        while name_e > s and text[name_e - 1].isspace():
            name_e -= 1
        found = self.name_at_end(text, s, name_e, registry)
        if found is not None and found.kind == "name" and not found.gloss:
            crowd = self.people_count_re.search(self.normalise(found.text))
            if crowd is not None and crowd.start() == 0:
                found = None                           # 许多人认为: many people, not a 许 named 多人
        if found is not None and found.kind == "name" and zh_names.is_country(found.name or found.text):
            if honorific is None:                      # 哈萨克斯坦表示: the country, acting as one
                return Mention(found.text, found.start, found.end, "org", name=found.text, lang=self.code)
            found = None                               # 吉尔吉斯斯坦总理称: a country's office, no name
        a = zh_names.surname_before(text, s, name_e) if honorific and found is None else None
        if a is not None:                              # 王先生, 陈教授: a surname and a title
            found = Mention(text[a:e], a, e, "name", name=text[a:e], role=self._role(text, s, a),
                            lang=self.code)
        if found and self._negation_end_re.search(self.normalise(text[s:found.start])):
            return None
        if found:
            found.honorific = honorific
            if not found.gloss:
                found.end = e
                found.text = text[found.start:e]
            return self._first_conjunct(text, s, found, registry) or found
        demonstrative = self._demonstrative_source_re.search(seg)
        if demonstrative and not self._negation_near_end_re.search(seg[:demonstrative.start()]):
            # 这名分析人士, 该官员, 这位前总统: the source named before (resolved later), not a new one
            a = s + demonstrative.start()
            return Mention(text[a:e], a, e, "nominal", cls=self.source_nouns[demonstrative.group(2)],
                           noun=demonstrative.group(2), lang=self.code)
        for noun in self._by_length["unnamed"] if seg.endswith(ends["unnamed"]) else ():
            if seg.endswith(noun):
                if self._negation_near_end_re.search(seg[:-len(noun)]):
                    return None             # 没有一个官员表示… — nobody said it
                # include a quantifier phrase such as 一名莫斯科官员, not the rest of the clause
                m = self.quantifier_re.search(self.normalise(text[s:e - len(noun)]))
                a = s + m.start() if m else e - len(noun)
                if self.normalise(text[a]) == "有" and e - a > 2 and \
                        self.normalise(text[a + 1]) not in _NOT_EXISTENTIAL:
                    a += 1                     # 有专家认为, 有一位官员说: 'there is', not the source's name
                called = self._called(text, a, e, registry)
                if called is not None:
                    return called
                if s < a - 1 <= s + _TITLE_REACH and _ENUMERATION.match(self.normalise(text[a - 1])):
                    # (a short subject only: the recursion is as deep as a few nouns)
                    first = self.subject_before(text, s, a - 1, registry=registry)
                    if first is not None and first.kind == "unnamed":
                        return first           # 当地媒体和目击者称: the first named, as for people
                return Mention(text[a:e], a, e, "unnamed", name=text[a:e], lang=self.code)
        m = self.people_count_re.search(self.normalise(seg))
        if m:                                          # 上万人, 数千名, 100多人: a crowd
            return Mention(text[s + m.start():e], s + m.start(), e, "unnamed", name=text[s + m.start():e],
                           lang=self.code)
        doc = zh_names.document_at_end(text, s, e)
        if doc is not None:
            a, author = doc
            if author is not None:                     # 工信部通报指出: the ministry
                return Mention(text[author[0]:author[1]], author[0], author[1], "org",
                               name=self.org_name(text[author[0]:author[1]]), lang=self.code)
            noun = seg[a - s:]                         # 报道还说: a report is an outlet's (media)
            return Mention(text[a:e], a, e, "nominal", cls="media" if noun in self._report_cues else "document",
                           noun=noun, lang=self.code)
        m = zh_names.demonstrative_org_re().search(seg)
        if m:                                          # 该公司, 该局, 这家机构: an organisation named before
            return Mention(text[s + m.start():e], s + m.start(), e, "nominal", cls="org",
                           noun=m.group(1), lang=self.code)
        gloss = _GLOSS_END.search(text, s, e)
        short = None if gloss else _SHORT_FORM_END.search(text, s, e)     # 石油输出国组织（欧佩克）
        # a name glossed by its acronym is a proper name, verbs and all (疾病控制和预防中心（CDC）)
        org = zh_names.org_at_end(text, s, gloss.start() if gloss else short.start() if short else e,
                                  named=bool(gloss and _ACRONYM.fullmatch(gloss.group(1).strip())))
        if org:                                        # 中国商务部, 美国有线电视新闻网（CNN）
            a, b = zh_names.first_body(text, s, org[0]) or org    # 美联社和路透社: the first named
            tr = self.translit_chars
            while a > s and text[a] in tr and text[a - 1] in tr:
                a -= 1                                 # 克里姆|林宫新闻处, 扎|波罗热核电站运营方: the whole name
            if a - 1 > s and text[a - 1] == "的" and self.normalise(text[a:b]) in zh_names.org_suffixes():
                owner = self.name_at_end(text, s, a - 1, registry)
                if owner is not None and owner.kind == "name":
                    a = owner.start                    # 泽连斯基的办公室: whose office, not any office
            body = zh_names.body_named_before(text, a, b)     # 警方 after 河西县警察局
            name = text[body[0]:body[1]] if body else \
                zh_names.national_body(text, a, b) or self.org_name(text[a:b])    # 莫斯科电 … 外交部
            return Mention(text[a:b], a, b, "org", name=name,
                           gloss=gloss and gloss.group(1).strip(), lang=self.code)
        role = zh_names.role_at_end(text, s, e)
        if role is not None:                           # 南特检察官宣布 / 此人的律师表示: a role, unnamed
            a, title = role
            outlet = zh_names.outlet_of_reporter(text, a, e)
            if outlet is not None:                     # 路透社开罗分社记者表示: the outlet's report
                return Mention(text[a:e], a, e, "org", name=text[outlet[0]:outlet[1]], role=text[a:e],
                               lang=self.code)
            return Mention(text[a:e], a, e, "unnamed", name=text[a:e], noun=title, lang=self.code)
        org = zh_names.clause_org(text, s, e)
        if org is not None:                            # 走着瞧网回应称: a brand name jieba splits
            return Mention(text[org:e], org, e, "org", name=text[org:e], lang=self.code)
        return None

    def _first_conjunct(self, text: str, s: int, found: Mention, registry=None) -> Mention | None:
        """'拉希莫夫和卡雷别科夫均表示' / '马尔科娃与研究员伊万诺夫都认为': two people named as one
        subject speak jointly. A record has one speaker: the first named, the head of the subject
        (as a joint statement is filed under the name it opens with), never the nearer name alone.
        None when the name before ``found`` is not coordinated with it."""
        if found.kind != "name":
            return None
        lo = max(s, found.start - _TITLE_REACH)
        k = max((m.start() for m in _COORDINATION.finditer(text, lo, found.start)), default=-1)
        if k <= s or _CLAUSE_STOP.search(text, k, found.start) or "的" in text[k:found.start]:
            return None                               # 和 … a title of B … B: only a title between
        between = self.normalise(text[k + 1:found.start]).removeprefix("其")   # 及其副手X: and his deputy X
        if between and not (zh_names.is_country(between) or between.endswith(zh_names.person_titles())):
            return None
        first = self._conjunct_before(text, s, k, registry)
        # '拉希莫夫、卡雷别科夫和马尔科娃': an enumeration, back over its 、 to the first name
        for _ in range(_ENUMERATION_REACH):
            if first is None or first.start - 1 <= s or text[first.start - 1] != "、":
                break
            earlier = self._conjunct_before(text, s, first.start - 1, registry)
            if earlier is None:
                break
            first = earlier
        if first is None:
            return None
        lead = self.normalise(text[s:first.start]).strip(" \t\u3000，,")
        if lead and not (zh_names.is_country(lead) or lead.endswith(zh_names.person_titles())):
            return None                                # 托卡耶夫感谢A和B并表示: objects, not a subject
        return first

    def _conjunct_before(self, text: str, s: int, k: int, registry=None) -> Mention | None:
        """The person named right before ``k`` (a 和 or a 、), no country."""
        first = self.name_at_end(text, s, k, registry)
        if first is None or first.kind != "name" or zh_names.is_country(first.name or first.text):
            return None
        return first

    def _pronoun_after_quote(self, text: str, a: int, b: int, quotes_in) -> Mention | None:
        """'“……”他停顿了一下，接着说，“……”': the pronoun opening the clause right after a
        quotation is the subject of a later cue with none of its own."""
        k = max((q.outer_end for q in quotes_in if a <= q.outer_end <= b), default=None)
        if k is None:
            return None
        head = self.normalise(text[k:min(b, k + 3)])
        p = next((p for p in self._by_length["pronouns"] if head.startswith(p)), None)
        if p is None or _CLAUSE_STOP.match(head, len(p)):
            return None                                # '“……”他，…': no clause of its own
        return Mention(text[k:k + len(p)], k, k + len(p), "pronoun", cls=self.pronouns[p], lang=self.code)

    def _called(self, text: str, a: int, e: int, registry=None) -> Mention | None:
        """'一位名叫阿伊达的塔什干居民': the person a phrase names (名叫, 叫做, 名为 X 的), with the
        phrase as the role."""
        m = _CALLED.search(text, a, e)
        if m is None:
            return None
        found = self.name_at_end(text, m.start(1), m.end(1), registry)
        if found is None or found.kind != "name" or found.start != m.start(1):
            return None
        found.role = text[m.end():e]
        return found

    @staticmethod
    def _word_at_end(seg: str, word: str) -> bool:
        """Is ``word`` a whole word at the end of ``seg`` (其 in 其称, not in 尤其)?"""
        toks = zh_names.tag(seg[-8:])
        return bool(toks) and toks[-1][1] - toks[-1][0] == len(word)

    def clause_start(self, text: str, s, pos: int, quotes_in) -> int:
        """As in every language, but a screen name in quotation marks (网友“小鱼儿”在微博留言说)
        is part of the clause."""
        kept = [q for q in quotes_in if q.outer_end > pos or self._handle_at_end(text, s.start, q.outer_end) is None
                and not self._named_channel(text, s.start, q) and not self._quoted_title(text, s.start, q)]
        return super().clause_start(text, s, pos, kept)

    def _quoted_title(self, text: str, s: int, q) -> bool:
        """A title in quotation marks, inside 《》, after 题为/名为 or before 一文 (在题为《“我们不会
        退让”》的文章中写道, 在题为“…”的文章中, 在“…”一文中): part of the clause, no quotation that ends it."""
        if text[q.outer_end:q.outer_end + 1] == "》" and text[q.outer_start - 1:q.outer_start] == "《" or \
                self.normalise(text[q.outer_end:q.outer_end + 2]) == "一文":      # 在“…”一文中
            return True
        return _TITLED.search(self.normalise(text[max(s, q.outer_start - 3):q.outer_start])) is not None

    def _named_channel(self, text: str, s: int, q) -> bool:
        """A channel's name in quotation marks after the channel (社交媒体平台“真实社交”上发文说):
        part of the clause, no quotation that ends it."""
        before = self.normalise(text[max(s, q.outer_start - 6):q.outer_start])
        return q.end - q.start <= 10 and before.endswith(zh_names.channels()) and \
            text[q.outer_end:q.outer_end + 1] in ("上", "中", "里", "发")

    def _handle_at_end(self, text: str, s: int, e: int) -> Mention | None:
        """A person noun and a screen name in quotation marks (网友“小鱼儿”, 博主“老街坊”), or an
        account's @handle (@平安北京): the one the handle names."""
        at = _AT_HANDLE_END.search(text, max(s, e - 24), e)
        if at is not None:
            return Mention(text[at.start():e], at.start(), e, "name", name=at.group(1), lang=self.code)
        m = _NICKNAME_END.search(text, max(s, e - 12), e)
        if m is None or m.start() - s < 2:
            return None
        before = self.normalise(text[max(s, m.start() - 8):m.start()])
        title = next((t for t in zh_names.person_titles() if before.endswith(t)), None)
        if title is None:
            return None
        a = m.start() - len(title)
        return Mention(text[a:e], a, e, "name", name=text[m.start() + 1:e - 1], role=text[a:m.start()],
                       lang=self.code)

    def name_at_end(self, text: str, s: int, e: int, registry=None) -> Mention | None:
        """A name ending at ``e`` in Chinese text: a Latin name, a Chinese name with a Latin gloss,
        a known alias, or a run of transliteration characters (with · separators)."""
        seg = text[s:e]
        gloss = None
        m = _GLOSS_END.search(seg)                      # '（Henry “Grant” Lewis）'
        if m:
            gloss = m.group(1).strip()
            e = s + m.start()
            seg = text[s:e]
        m = re.search(r"([A-Z][A-Za-z\u00C0-\u024F0-9’'\-\.]*(?:\s+[A-Z][A-Za-z\u00C0-\u024F0-9’'\-\.]*){0,3})\s*$",
                      seg)
        if m and not gloss:
            a, b = s + m.start(1), s + m.end(1)
            if _ACRONYM.fullmatch(text[a:b]):          # IMF称, CNN报道: an organisation
                return Mention(text[a:b], a, b, "org", name=self.org_name(text[a:b]), lang=self.code)
            return Mention(text[a:b], a, b, "name", name=text[a:b], role=self._role(text, s, a),
                           lang=self.code)
        alias = self._alias_ending(seg, registry)
        if alias is not None:
            a = e - len(alias)
            return Mention(text[a:e], a, e, "name", name=alias, gloss=gloss,
                           role=self._role(text, s, a), lang=self.code)
        tr = self.translit_chars
        i = e
        while i > s and (text[i - 1] in tr or text[i - 1] in SEPARATORS or text[i - 1] in "-－"):
            i -= 1
        # the last piece of a ·-separated name is whole even with a character outside the table
        # (萨拉·布兰农): continue the run from its separator
        k = max(text.rfind(c, max(s, e - 6), e) for c in SEPARATORS)
        if k >= 0 and i > k + 1 and all(is_han(c) for c in text[k + 1:e]):
            i = k
            while i > s and (text[i - 1] in tr or text[i - 1] in SEPARATORS or text[i - 1] in "-－"):
                i -= 1
        # a nickname in quotation marks between the pieces (亨利·“格兰特”·刘易斯)
        k = i if i < e and text[i] in SEPARATORS else i - 1
        nick = _NICKNAME_END.search(text, max(s, k - 12), k) if k > s and text[k] in SEPARATORS else None
        if nick is not None and nick.start() > s and text[nick.start() - 1] in SEPARATORS:
            i = nick.start() - 1
            while i > s and (text[i - 1] in tr or text[i - 1] in SEPARATORS):
                i -= 1
        # a ·-separated name may hold characters outside the table; extend over whole pieces
        while i > s and text[i - 1] in SEPARATORS:
            j = i - 1
            while j > s and is_han(text[j - 1]) and j > i - 6:
                j -= 1
            if j == i - 1:
                break
            i = j
        while i < e and (text[i] in SEPARATORS or text[i] in "-－"):
            i += 1
        i = zh_names.past_word_across(text, s, i, e)   # 人士|卡塞诺娃: not 士卡塞诺娃
        i = self._after_title(text, s, i, e)
        # a native Chinese name (院士钟南山, 赵海燕) where the transliteration run is shorter
        native = zh_names.person_at_end(text, s, e)
        foreign = zh_names.foreign_name_at_end(text, s, e) if e - i < 2 and not native else None
        if native and (e - i < 2 or native[0] < i and e - i < 4
                       and not any(c in SEPARATORS for c in text[i:e])):
            i = native[0]
        elif foreign is not None:
            i = foreign                        # 约翰逊: a foreign name jieba knows, outside the table
        elif e - i < 2 or zh_names.common_word(text[i:e]):
            return None                    # 文章, 马上: transliteration characters making a word
        name = text[i:e]
        if len(name) >= 3 and not any(c in SEPARATORS for c in name) and self.normalise(name).endswith(_OUTLET_ENDS):
            return None                    # 哈通社, 越通社: an agency's short name, no person
        return Mention(name, i, e, "name", name=name, gloss=gloss, role=self._role(text, s, i),
                       lang=self.code)

    _FULLER_REACH = 20000      # characters before a lone surname searched for its full form

    def fuller_name(self, text: str, m) -> str | None:
        """'努尔兰·叶尔梅克巴耶夫会见了…。叶尔梅克巴耶夫说' — a lone transliterated surname is the
        longest ·-separated name ending with it earlier in the text (within a fixed reach), whether
        or not that mention spoke."""
        sur = m.text
        if len(sur) < 2 or any(c in SEPARATORS for c in sur) or not all(c in self.translit_chars for c in sur):
            return None
        lo, best = max(0, m.start - self._FULLER_REACH), None
        for sep in SEPARATORS:
            k = text.find(sep + sur, lo, m.start)
            while k >= 0:
                end = k + 1 + len(sur)
                found = self.name_at_end(text, max(lo, k - 24), end)
                if found is not None and found.end == end and sep in found.text and \
                        (best is None or len(found.text) > len(best)):
                    best = found.text
                k = text.find(sep + sur, k + 1, m.start)
        return best

    @cached_property
    def _question_labels(self) -> tuple[str, ...]:
        return tuple(self._raw("question_labels.txt"))

    def _question_turn(self, text: str, a: int) -> bool:
        """Does the paragraph before the one starting at ``a`` open with a question's label (问：,
        记者：, 法新社记者：; question_labels.txt)?"""
        e = a
        while e > 0 and text[e - 1].isspace():           # blank lines between the turns
            e -= 1
        k = text.rfind("\n", 0, e)
        m = _TURN_LABEL.match(text, k + 1, e)
        return m is not None and self.normalise(m.group(1)).endswith(self._question_labels)

    def label_line(self, text: str, a: int, b: int):
        """A turn of a question-and-answer transcript or interview: '答：…' after '问：…' (the
        spokesperson who held the briefing, named before: '外交部发言人林剑主持例行记者会'), or
        '毛宁：…' / '努雷舍夫：…' after a question's label — the whole turn is the speaker's words.
        Headlines ('王毅：…') and other labels are left alone."""
        m = _TURN_LABEL.match(text, a, b)
        if m is None or not self._question_turn(text, a):
            return None
        la, lb = m.span(1)
        label = self.normalise(m.group(1))
        cs, ce = m.end(), b
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        if ce <= cs or text[cs] in _QUOTE_MARKS or label.endswith(self._question_labels):
            return None
        if label in _ANSWER_LABELS:
            spk = None
            for h in _BRIEFING_HOST.finditer(text, max(0, a - 3000), a):
                spk = self.name_at_end(text, max(0, h.start() - 16), h.start()) or spk
        else:
            spk = self.subject_before(text, la, lb)
            spk = spk if spk is not None and spk.kind == "name" and spk.end == lb else None
        if spk is None:
            return None
        return spk, lb, cs, ce, True

    def document_author(self, text: str, m) -> Mention | None:
        """The person who wrote the article a nominal (文章称) or a pronoun writing in it (他在文中
        写道) stands for, when the sentences just before name one: '作者为…教授X', '刊登…X的文章',
        'X撰文'. A pronoun needs its article in the clause (在文中, 在文章中)."""
        if m.kind == "pronoun":
            if not _IN_ARTICLE.match(self.normalise(text[m.end:m.end + 8])):
                return None
        elif not self.normalise(m.noun or m.text).endswith(_ARTICLE_NOUNS):
            return None
        cur = text.rfind("\n", 0, m.start)          # this paragraph and the one before it
        lo = max(text.rfind("\n", 0, cur) + 1 if cur > 0 else 0, m.start - 300)
        best = None
        for h in _ARTICLE_AUTHOR.finditer(self.normalise(text[lo:m.start])):
            g = next(i for i in (1, 2, 3) if h.group(i) is not None)
            a, e = lo + h.start(g), lo + h.end(g)
            stop = _CLAUSE_STOP.search(text, a, e) if g == 1 else None
            found = self.name_at_end(text, a, stop.start() if stop else e)
            best = found if found is not None and found.kind == "name" else best
        return best

    def _after_title(self, text: str, s: int, i: int, e: int) -> int:
        """Where a name run starting at ``i`` really starts when it swallowed the end of a title
        before it (主席加维: 席 spells names too, but 主席 is the title)."""
        off = max(s, i - 6)
        best = i
        seg = self.normalise(text[off:e - 1])
        title = zh_names.title_re()
        for j in range(min(len(seg), i - off)):          # overlapping titles: 主教|练 and 主教练, 教练
            m = title.match(seg, j)
            if m and off + m.start() < i < off + m.end():
                best = max(best, off + m.end())
        return best

    def _role(self, text: str, s: int, a: int) -> str | None:
        m = re.search(r"[^，,。“”：:；;（）()\s]{2,30}$", text[s:a])
        if not m:
            return None
        role = self.role_opener_re.sub("", m.group(0))
        return role or None

    def org_mentions(self, text: str, a: int, b: int) -> list[Mention]:
        """Organisations in ``text[a:b]``, in order: publications in 《》, those jieba tags, and
        those written in Latin letters."""
        docs = zh_names.document_nouns()              # 发布通报: a document, no body
        out = [Mention(text[x:y], x, y, "org", name=text[x:y], lang=self.code)
               for x, y in zh_names.org_mentions(text, a, b) if self.normalise(text[x:y]) not in docs]
        for mm in self.name_run_re.finditer(text, a, b):
            found = LatinRules.name_at_end(self, text, mm.start(), mm.end())
            if found and found.kind == "org":
                out.append(found)
        return sorted(out, key=lambda m: m.start)

    def subject_at_start(self, text: str, s: int, e: int, registry=None) -> Mention | None:
        """The person a clause starts with: '市长周立平昨天视察了…' → 周立平."""
        found = zh_names.person_at_start(text, s, e)
        foreign = self._foreign_at_start(text, s, e)
        if found is not None and zh_names.is_country(self.normalise(text[found[0]:found[1]])):
            found = None                           # 乌克兰总统泽连斯基: the country is no person
        if found is None or foreign is not None and foreign[0] <= found[0] < found[1] <= foreign[1]:
            found = foreign                        # 乌马|罗夫表示, 米尔济|约耶夫: the whole foreign name
        if found is None:
            return None
        a, b = found
        return Mention(text[a:b], a, b, "name", name=text[a:b], role=self._role(text, s, a),
                       lang=self.code)

    def _foreign_at_start(self, text: str, s: int, e: int) -> tuple[int, int] | None:
        """A transliterated name opening a clause, after an office title if any: '消防队长佩雷斯赶到
        火场' → 佩雷斯 (the subject a later 他 stands for)."""
        while s < e and text[s].isspace():
            s += 1
        head = self.normalise(text[s:min(e, s + 16)])
        stop = _CLAUSE_STOP.search(head)
        t = None                                   # the last title in the words before it (德国总理)
        for t in zh_names.title_re().finditer(head, 0, stop.start() if stop else len(head)):
            pass
        found = self._translit_run(text, s + t.end() if t else s, e)
        if found is None and t is not None:
            # 米尔济约耶夫签署总统令: a title after the name ('总统' of 总统令) is none before it
            found = self._translit_run(text, s, e)
            if found is not None and (found[1] - found[0] < 3 or zh_names.is_country(text[found[0]:found[1]])):
                return None
        return found

    def _translit_run(self, text: str, a: int, e: int) -> tuple[int, int] | None:
        """The run of transliteration characters (and · separators) at ``a``, if it is no word."""
        tr, b = self.translit_chars, a
        while b < e and b - a < 12 and (text[b] in tr or text[b] in SEPARATORS and b > a):
            b += 1
        while b > a and text[b - 1] in SEPARATORS:
            b -= 1
        if b - a < 2 or zh_names.common_word(text[a:b]):
            return None
        return a, b

    def is_plural(self, m: Mention) -> bool:
        return False

    def last_named(self, text: str, a: int, b: int) -> Mention | None:
        """The last person named in ``text[a:b]`` (后者, the latter): where a word jieba reads as a
        name or a run of transliteration characters ends, the name that ends there."""
        tr = self.translit_chars
        ends = {a + y for x, y, flag in zh_names.tag(self.normalise(text[a:b])) if flag.startswith("nr")}
        ends.update(i + 1 for i in range(a, b) if text[i] in tr and (i + 1 == b or text[i + 1] not in tr))
        for e in sorted(ends, reverse=True):
            found = self.name_at_end(text, a, e)
            if found is not None and found.kind == "name" and not zh_names.is_country(found.text):
                return found
        return None

    def dash_signature(self, text: str, a: int, b: int):
        """'“乌克兰不会投降。”——泽连斯基' ending a paragraph: a dash (——, —) and a name, perhaps
        after its title (——乌克兰总统泽连斯基), sign the quotation before them."""
        m = _SIGNATURE.fullmatch(text, a, b)
        if not m:
            return None
        la, lb = m.span(2)
        spk = self.subject_before(text, la, lb)
        if spk is None or spk.kind != "name" or spk.end != lb:
            return None
        return spk, m.start(1)

    def term_quote(self, text: str, outer_start: int, units: float) -> bool:
        """Short quoted words, or words after 所谓 (so-called: 所谓的“多元平衡外交”), are a term."""
        return super().term_quote(text, outer_start, units) or \
            self.normalise(text[max(0, outer_start - 3):outer_start]).endswith(_SO_CALLED)

    def quoted_predicate(self, text: str, a: int, i: int) -> bool:
        """'布林肯表示，华盛顿“不寻求冲突”' / '莫斯科“不会让步”' / '美方“深表关切”': a government named by
        its seat (cities.tsv, institutions.txt), its country or its side (country_sides.tsv), and
        nothing else, before the quotation: the quoted words are its predicate, the clause one mixed
        claim as zh-news marks it; so too a thing named before (这一说法“荒谬至极”, 此次袭击是“…”)."""
        seg = self.normalise(text[a:i]).strip(" \t\u3000")
        if _THING_NAMED_BEFORE.fullmatch(seg):
            return True
        return bool(seg) and (seg in zh_names.cities() or zh_names.is_country(seg) or seg in self._institutions
                              or any(seg == side for side, _ in self._country_sides))

    def after_comma(self, text: str, a: int, i: int) -> bool:
        """'CONTENT，美联社报道说。': the speaker follows a full-width or an ASCII comma."""
        return text[a:i].rstrip().endswith(("，", ","))

    def sentence_subject(self, text: str, a: int, b: int, registry=None) -> Mention | None:
        """The first person named in the sentence before a pronoun ("卡塞诺娃女士表示同意，她说")."""
        hits = []
        for h in self.honorifics:
            for m in re.finditer(re.escape(h), text[a:b]):
                found = self.name_at_end(text, a, a + m.start(), registry)
                if found:
                    hits.append(found)
        first = self._first_alias(text, a, b, registry)   # the alias hit that can win below
        if first is not None:
            i, alias = first
            hits.append(Mention(alias, i, i + len(alias), "name", name=alias, lang=self.code))
        m = re.match(r"\s*([^，,。“”在对向于曾也将把]{2,12}?)(?=在|对|向|于|曾|也|将|把)", text[a:b])
        if m:
            found = self.name_at_end(text, a, a + m.end(1), registry)
            if found and found.start == a + m.start(1):
                hits.append(found)
        hits = [h for h in hits if h.kind == "name"]
        return min(hits, key=lambda h: h.start) if hits else None

    def _opening_subject(self, text: str, a: int, b: int, registry=None) -> Mention | None:
        """The noun phrase before the first verb of a clause ('一些民权组织对…提出起诉', '上万人在
        特拉维夫举行…'), read as a speaker (a name, an organisation or an unnamed source)."""
        lead = _LEAD_CLAUSE.match(self.normalise(text[a:b]))
        for start in (a, a + lead.end() if lead else None):   # '7月11日，上万人在…'
            if start is None:
                continue
            seg = self.normalise(text[start:min(b, start + 17)])
            m = _OPENING_SUBJECT.match(seg)
            if m is None:
                continue
            stop = _CLAUSE_STOP.search(seg, m.start(1))
            # the first verb-like word ends the subject, or a later one when that word is part of a
            # name (共同社京都分社记者也去…: 都 of 京都)
            for v in _OPENING_VERB.finditer(seg, m.end(1), stop.start() if stop else len(seg)):
                e = start + v.start()
                spk = self.subject_before(text, start, e, start, registry)
                and_ = _COORDINATION.search(text, start, e) if spk is None else None
                if and_:                               # '一些民权组织和好几个城市对…': the first of them
                    spk = self.subject_before(text, start, and_.start(), start, registry)
                if spk is not None and spk.start - start <= 2 and spk.kind != "pronoun":
                    return spk
        return None

    def _strip_adverbials(self, text: str, s: int, e: int) -> int:
        """Where ``text[s:e]`` ends without the (up to six) adverbials and occasions before a cue
        (也, 在会上, 向记者, 在去年12月) and white space."""
        while e > s and text[e - 1].isspace():
            e -= 1
        for _ in range(6):
            m = self.adverb_re.search(self.normalise(text[s:e]))
            if not m:
                a = zh_names.place_at_end(text, s, e)          # 在纽约, 在日内瓦
                if a is None:
                    a = zh_names.manner_at_end(text, s, e)     # 无奈地, 笑着
                if a is None:
                    break
                e = a
                continue
            seg = self.normalise(text[s:e])
            if m.group()[:1] in _PUBLISH_FIRST and "的" in m.group() and m.group().endswith(zh_names.document_nouns()):
                break                                  # 刊登的一篇文章认为: the document speaks, no occasion
            noun = next((n for n in self._unnamed_by_first.get(seg[m.start()], ()) if seg.startswith(n, m.start())),
                        None)
            if noun is not None:                       # 与会各方: an unnamed source, not 与 + 会各方
                m = self.adverb_re.search(seg, m.start() + len(noun))
                if m is None:
                    break
            if m.group()[:1] in _COORDINATORS:          # 战略与国际研究中心: 与 inside a name
                gloss = _GLOSS_END.search(text, s, e)
                org = zh_names.org_at_end(text, s, gloss.start() if gloss else e) or \
                    self._org_before_title(text, s, e)
                if org and org[0] < s + m.start():
                    break
            e = s + m.start()
            if m.group()[:1] in _COORDINATORS and zh_names.bare_zai_at_end(text, s, e):
                e -= 1                                 # 在|与布林肯会谈后对记者: 在 opens the occasion
        while e > s and text[e - 1].isspace():
            e -= 1
        return e

    def _org_before_title(self, text: str, s: int, e: int) -> tuple[int, int] | None:
        """The organisation before the office title of a name ending at ``e`` (世界经济与政治研究所
        研究员张明: the institute), or None."""
        name = self.name_at_end(text, s, e)
        if name is None or name.start - s < 3:
            return None
        w = self.normalise(text[max(s, name.start - 8):name.start])
        title = next((t for t in zh_names.person_titles() if w.endswith(t)), None)
        return zh_names.org_at_end(text, s, name.start - len(title)) if title else None

    def _only_adverbials(self, text: str, a: int, b: int) -> bool:
        """Is ``text[a:b]`` blank or adverbials and occasions alone (…，传回消息称: no subject of its own)?"""
        return not text[a:self._strip_adverbials(text, a, b)].strip()

    def speech_event_speaker(self, text: str, a: int, b: int, registry=None) -> Mention | None:
        """'托加耶夫在演讲中使用了一句名言——“…”': the name that opens the sentence."""
        m = re.match(r"[^，,。“”在对向于]{2,20}?(?=在|对|向|于|曾|也|，|,)", text[a:b])
        spk = m and self.name_at_end(text, a, a + m.end(), registry)
        if spk:
            return spk
        # 在座谈交流时，钟南山院士还分享了…，“…”: the subject after a leading adverbial clause
        lead = _LEAD_CLAUSE.match(self.normalise(text[a:b]))
        for start in (a, a + lead.end() if lead else None):
            if start is not None:
                spk = self.subject_at_start(text, start, b)
                if spk:
                    return spk
        return None

    # ---- cues ----------------------------------------------------------------------------------
    def analyse_cue(self, text: str, cue, quotes_in, previous, registry, matches, consumed) -> bool:
        s = cue.sent
        end = sentence_end(text, s)
        if cue.role == "source":                       # 据 X 称，CONTENT
            close = next(((a, b) for a, b, r in matches if a > cue.end and r == "speech"
                          and a - cue.end <= 60), None)
            if not close or any(ch in self.clause_marks for ch in text[cue.end:close[0]]):
                return self._according_to(text, cue, end, registry)   # 按照X的说法，CONTENT
            stop = close[0] - 1 if text[close[0] - 1] == "的" else close[0]    # 据外交部的通报，…
            # 据塔斯社援引俄罗斯国防部的消息报道: the one cited, never the outlet fused with it
            cited = max((b for a, b, r in matches if r == "source" and cue.end <= a and b < stop), default=cue.end)
            spk = self.name_at_end(text, cited, stop, registry)
            if spk is None:
                spk = self.subject_before(text, cited, stop, registry=registry)
            elif spk.kind == "name":                   # 据A和B介绍: the first named, as A和B表示
                spk = self._first_conjunct(text, cited, spk, registry) or spk
            if spk is None and self.normalise(text[cue.start:cue.end]) in self._passing_cues:
                # 路透社援引一份内部文件称: no speaker in the frame, the outlet citing it speaks
                spk = self.subject_before(text, self.clause_start(text, s, cue.start, quotes_in), cue.start,
                                          s.start, registry)
            if spk is None:
                return False
            if spk.kind in ("name", "org") and spk.role is None:
                spk.role = text[cue.end:spk.start].strip() or None
            consumed.add(close[0])
            # 据路透社援引知情人士的话报道: the frame holds 援引's, one claim
            consumed.update(a for a, _, r in matches if r == "source" and cue.end <= a < close[0])
            cue.speaker = spk
            cue.end = close[1]
            m = re.match(r"[说称道]?[\s，,：:]*", text[cue.end:end])   # 援引…的话报道说，…
            cue.content = self.content(text, cue.end + m.end(), end)
            return True
        surface = self.normalise(text[cue.start:cue.end])
        if text[cue.end:cue.end + 1] == "的":
            return False                               # 通报指出的问题: the verb modifies a noun
        if surface in self.weak_cues and text[cue.end:cue.end + 1] not in self.weak_cue_followers:
            return False                               # 提出问题, 要求整改: not reported speech
        published = _PUBLISHED_RE.match(self.normalise(text[cue.start:cue.start + 40])) \
            if surface[:1] in _PUBLISH_FIRST else None
        if published and cue.start + published.end() < cue.end:
            published = None                           # 发文称: the cue holds its speech verb already
        if published and "的" in published.group() and _DOCUMENT_COUNT.fullmatch(
                self.normalise(text[self.clause_start(text, s, cue.start, quotes_in):cue.start]).strip(" ，,")):
            return False                               # (一篇)发表在…上的文章指出: the article speaks, not 发表
        if published:                                  # 外交部发表声明表示，…: one cue, the later verb's
            later = None
            for found in (_PUBLISHED_LONGEST.match(self.normalise(text[cue.start:cue.start + 40])), published):
                k = _PUBLISHED_GAP.match(text, cue.start + found.end()).end()   # 发表讲话时表示
                later = next(((a, b) for a, b, _ in matches if a == k), None)
                if later is not None:
                    break
            if later is not None:
                consumed.add(later[0])
                cue.end = later[1]
            elif not re.match(r"\s*[：:]", text[cue.start + published.end():]):
                return False                           # 发表声明，谴责…: publishing, no words reported
        left = self.clause_start(text, s, cue.start, quotes_in)
        spk = self.subject_before(text, left, cue.start, s.start, registry)
        if spk is None and cue.start - 1 > left and self.normalise(text[cue.start - 1]) == "的" and \
                self._document_in_cue(text, cue, surface) is not None:
            spk = self.subject_before(text, left, cue.start - 1, s.start, registry)   # 美联社的报道称: its report
            spk = spk if spk is not None and spk.kind in ("name", "org") else None
        if spk is None and left > s.start and self._only_adverbials(text, left, cue.start):
            # '…认为，以色列正走向“危险局势”，指出…': a cue with no subject after a comma goes on
            # with the sentence's speaker
            spk = next((c.speaker for c in reversed(previous) if c.speaker is not None
                        and c.direction == "forward"), None)
            if spk is None:
                # '市长王立平昨天视察了污水厂，表示…': the subject that opens the sentence speaks
                spk = self.speech_event_speaker(text, s.start, left, registry) or \
                    self._opening_subject(text, s.start, left, registry) or \
                    self._pronoun_after_quote(text, s.start, left, quotes_in)
        if spk is None and not text[left:cue.start].strip(" ，,"):
            spk = self._document_in_cue(text, cue, surface)   # '报道称，…': the report speaks
        if spk is None or self.normalise(text[left:spk.start]).lstrip(" ，,").startswith(self.conditionals):
            return False                               # 如果他说…, 假如有人说…: nobody said it
        cue.speaker = spk
        k = _CUE_TAIL.match(text, cue.end)
        if k and any(a == cue.end for a, _, _ in matches):
            consumed.add(cue.end)                      # 报道说，…: one cue
            cue.end = k.end()
        after = text[cue.end:end]
        m = (surface in self.object_cues and self._cue_object.match(after)) or \
            re.match(r"[\s，,：:]*", after)             # 告诉记者，… — past the one spoken to
        if surface in self.object_cues and m.end():
            k = cue.end + len(after[:m.end()].rstrip("，,：: \t")) - 1
            if text[k] in "说称道" and any(a == k for a, _, _ in matches):
                consumed.add(k)                        # 告诉记者说，…: one cue, not 说 after 告诉记者
        rest = after[m.end():]
        if not rest.strip(" 。.，,"):
            cue.direction = "tail"
            cue.before = (s.start, trim_punct(text, s.start, spk.start))
            # '赵小川表示。' alone (or after a date) introduces the quotation next to it
            cue.lead_in = self.only_time(text[s.start:left])
            return True
        if rest[:1] in "“「『\"‘":
            return True                                # 他说：“……” — governs the quotation
        if surface in self._question_cues:
            return False                               # 记者问道，政府是否会…？ — a question, no claim
        if m.end() == 0 and rest.startswith(self._passing_cues):
            return False                               # 报道援引…的话说: 援引 frames the words, not 报道
        if m.end() == 0 and rest[:1] in "了着":
            return False                               # 宣布了一系列措施: an act and its object, no speech
        if m.end() == 0 and self._courtesy(rest):
            return False                               # 表示衷心感谢: thanks, no claim
        set_off = m.end() > 0 and after[m.end() - 1] in "，,：:"
        if cue.role == "intent" and not (set_off or rest.startswith(self.intent_openers)):
            return True                                # 承诺不会成为…: a pledge to act, no claim
        if cue.role in ("speech", "intent"):
            if re.match(r"\s*[：:]", after):           # 'X表示：A。B。': the sentences after the colon
                end = self._colon_run(text, s.end, end)
            cue.content = self.content(text, cue.end + m.end(), end)
            k = cue.content and _COLON_QUOTE.search(text, cue.content[0], cue.content[1])
            if k:                                      # 'X表示，…打动观众：“……”': the clause before
                a, b = cue.content[0], k.start()
                comma = max(text.rfind("，", a, b), text.rfind(",", a, b))
                if comma > a and any(comma < c and d == b and r == "speech" for c, d, r in matches):
                    b = comma                          # '…的警告，他说：“……”': that clause's cue governs it
                cue.content = self.content(text, a, b)
        return True

    def _according_to(self, text: str, cue, end: int, registry) -> bool:
        """'按照佩斯科夫的说法，CONTENT' (据, 根据 too): a source frame closed by 的说法 or 的话 and a
        comma, no speech verb in it; the person or body before 的 is the speaker."""
        k = _ACCORDING_END.match(self.normalise(text[cue.end:min(end, cue.end + 40)]))
        if k is None:
            return False
        spk = self.subject_before(text, cue.end, cue.end + k.start(1), registry=registry)
        if spk is None or spk.kind in ("pronoun", "nominal") and spk.cls == "document":
            return False
        cue.speaker = spk
        cue.end += k.end()
        cue.content = self.content(text, cue.end, end)
        return True

    def _document_in_cue(self, text: str, cue, surface: str) -> Mention | None:
        """A cue opening its clause with a document noun of its own (报道称，…, 通报称，…): that
        noun, the cue's first characters, is its subject (it stands for the outlet or body named
        before)."""
        noun = next((d for d in zh_names.document_nouns() if surface.startswith(d) and len(d) < len(surface)), None)
        if noun is None:
            return None
        a, e = cue.start, cue.start + len(noun)
        return Mention(text[a:e], a, e, "nominal", cls="media" if noun in self._report_cues else "document",
                       noun=noun, lang=self.code)

    def content(self, text: str, a: int, b: int, infinitive: bool = False) -> tuple[int, int] | None:
        """Reported content as in Latin script, ending also where a headline's phrases part (a
        space between two Chinese characters: '…明年投入使用 污水处理能力将翻番') and before the site a
        headline ends with ('…开发商违约-大河网')."""
        found = super().content(text, a, b, infinitive)
        if found is None:
            return None
        a, b = found
        m = _PHRASE_GAP.search(text, a, b) or _SITE_TAG.search(text, a, b)
        if m is not None:
            b = m.start()
            while b > a and text[b - 1] in "，,。 ":
                b -= 1
        b = self._before_closing_source(text, a, b)
        return (a, b) if b > a else None

    def _before_closing_source(self, text: str, a: int, b: int) -> int:
        """Where content ends before a last clause that is a source and a cue alone (…表决，报道援引
        两名国会助手的话说: the report names its sources after the words)."""
        lo = max(a, b - 33)                    # bounded: only a short last clause is read
        k = max(text.rfind("，", lo, b), text.rfind(",", lo, b))
        if k <= a or any(c in _QUOTE_MARKS for c in text[k:b]):
            return b
        tail = self.normalise(text[k + 1:b])
        m = self.cue_at_end_re.search(tail)
        if m is None or self.subject_before(text, k + 1, k + 1 + m.start()) is None and \
                not any(w in tail for w in self._passing_cues):
            return b                           # (援引 in it: who passed the words on, 报道援引…的话说)
        return k

    def _colon_run(self, text: str, start: int, end: int) -> int:
        """Where reported speech introduced by a colon ends: the following sentences of the
        paragraph, up to one with quotation marks or a speech cue of its own."""
        nl = text.find("\n", start)
        para_end = nl if nl >= 0 else len(text)
        for a, b in self.sentences(text, start, min(para_end, start + 2000)):
            if any(c in _QUOTE_MARKS for c in text[a:b]) or self.cue_re.search(self.normalise(text[a:b])):
                break
            end = b
            while end > a and (text[end - 1] in SENT_END or text[end - 1].isspace()):
                end -= 1
        return end

