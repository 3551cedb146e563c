//! Quantities and dates in a token stream, as intervals, so "more than 300" and "nearly 300",
//! or "over 30" and "15", can be found incompatible while "around 4,000" and "4,000" agree.

use crate::text::analyze::Analysed;
use crate::text::lexicon::{lexicon, Cue, NumKind, WordClass};
use crate::text::token::{Kind, Token};

/// What a number is: quantities of different kinds are never compared.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum QKind {
    /// A count or amount.
    Count,
    /// A year or span of years (1994, 1991-94, the mid-1990s).
    Year,
    /// A position: "fourth straight day", "5th".
    Ordinal,
    /// A share, in percent: "41 percent", "a third of", "one in five". Never compared with a
    /// count: "a third of the adults" is no number of adults.
    Share,
}

/// A number in a text as the interval of values it allows: "more than 300" is (300, ∞),
/// "about 300" 225 to 375.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Count, year or ordinal.
    pub kind: QKind,
    /// The least value it allows.
    pub lo: f64,
    /// The greatest value it allows (infinite for a lower bound such as "at least").
    pub hi: f64,
    /// Token index of the number (of its scale word: "billion" in "44 billion").
    pub at: usize,
    /// Token index where it starts ("44" in "44 billion"; "5" in "5 to 11").
    pub first: usize,
    /// Said as two ends ("5 to 11", "between 5 and 11"): another range agrees only where both
    /// ends do ("aged 10 to 15" is not "aged 5 to 11"); a single number inside it agrees.
    pub range: bool,
    /// The counted thing: the last content word of the noun phrase after the number ("300
    /// Syrian Islamist militants" → fighter; "dozens of dead" → dead).
    pub head: Option<String>,
    /// Said as a vague amount ("several", "dozens of"), not a number.
    pub vague: bool,
    /// A lower bound said in words ("more than 1,000", "over 10,000"): as a sentence's figure
    /// it reaches [`LOWER_BOUND_REACH`] times its number, as a claim's further (see
    /// [`Quantity::allows`]).
    pub open: bool,
}

impl Quantity {
    /// A vague small amount ("several", "numerous") says only that there was more than one:
    /// it gives no count a sentence must repeat to say the same ("Some of Turkey's allies"
    /// says "Several of Turkey's allies"). "Dozens" and "thousands" still give an order of
    /// magnitude, and "several hundred" is a count. (The lexicon's phrases, "a few", "a
    /// couple", are not read as amounts at all.)
    pub fn unspecific(&self) -> bool {
        self.vague && self.lo <= UNSPECIFIC_MAX
    }

    /// Is what it counts a plural noun ("40 villages"), not a verb or a name's number read as a
    /// count ("Mariner 10 detected")?
    pub fn counts_a_plural(&self, a: &Analysed) -> bool {
        self.plural_head(a).is_some()
    }

    /// The plural noun it counts, as written (lowercase): "residents" in "12,300 residents".
    pub fn plural_head<'a>(&self, a: &'a Analysed) -> Option<&'a str> {
        let head = self.head.as_deref()?;
        a.terms.iter().filter(|t| t.first > self.at && t.first <= self.at + 5 && t.key == head).map(|t| a.tokens[t.last].norm.as_str()).find(|w| is_plural(w))
    }

    /// Is this share of the same thing as `other`, or does either not say of what? ("41
    /// percent had high blood pressure" is a share of those the sentence is about.)
    pub fn same_share(&self, other: &Quantity) -> bool {
        self.kind == QKind::Share && other.kind == QKind::Share && (self.head.is_none() || other.head.is_none() || self.head == other.head)
    }

    /// Does the claim's quantity `self` hold where a sentence gives `other`? As
    /// [`Quantity::compatible`], but a claim's lower bound reaches an order of magnitude
    /// ([`CLAIM_BOUND_REACH`]) where `other` is the sentence's lone count of the matter
    /// ([`lone_count`]): "more than 1,000 patients took part" is true of a trial that
    /// "enrolled 3,600 patients", though a sentence's "more than 300" does not say "3,000",
    /// "over 30 civilians were killed" is not said by "a war that killed around 30,000
    /// people", and "of the 5,000 patients screened, 800 were enrolled" has the count below
    /// the bound beside the total above it.
    pub fn allows(&self, other: &Quantity, lone: bool) -> bool {
        self.compatible(other) || (lone && self.open && !other.range && other.lo >= self.lo && other.hi <= self.lo * CLAIM_BOUND_REACH)
    }

    /// Two quantities of the same kind can describe the same fact.
    pub fn compatible(&self, other: &Quantity) -> bool {
        if self.range && other.range {
            return overlap(self.kind, (self.lo, self.lo), (other.lo, other.lo)) && overlap(self.kind, (self.hi, self.hi), (other.hi, other.hi));
        }
        overlap(self.kind, (self.lo, self.hi), (other.lo, other.hi))
    }
}

/// Do two intervals of one kind meet? A round number may stand for any number it rounds from
/// ("4,000" for 3,950), within 5 %: "46" and "48" differ, "50" and "48" need not. Bounds given
/// in words ("more than", "nearly") are taken as said. Years are exact.
fn overlap(kind: QKind, (alo, ahi): (f64, f64), (blo, bhi): (f64, f64)) -> bool {
    let slack = |lo: f64, hi: f64| if lo == hi && kind == QKind::Count { (rounding(hi) / 2.0).min(hi * 0.05) } else { 0.0 };
    let slack = slack(alo, ahi).max(slack(blo, bhi));
    alo <= bhi + slack && blo <= ahi + slack
}

/// Does the (plural) noun count persons? By the word, not its key: "protests" and
/// "protesters" share a stem.
pub fn persons(w: Option<&str>) -> bool {
    w.map(crate::text::analyze::lemma).is_some_and(|w| {
        let lex = lexicon();
        lex.person_nouns.contains(w) || w.strip_suffix('s').is_some_and(|w| lex.person_nouns.contains(w))
    })
}

/// Is `x` the lone count of its kind among a sentence's quantities `all` that could be the
/// claim's: every other one counts something the claim does not name (`named`), not a bare
/// number ("800 were enrolled") nor a thing the claim names ("600 jobs" for "lose their
/// jobs")?
pub fn lone_count(x: &Quantity, all: &[Quantity], named: impl Fn(&str) -> bool) -> bool {
    all.iter().filter(|y| y.kind == x.kind && y.at != x.at).all(|y| y.head.as_deref().is_some_and(|h| !named(h)))
}

/// How far above its number a lower bound reaches: "more than 300" is compatible with 800,
/// not with 3,000.
const LOWER_BOUND_REACH: f64 = 3.0;

/// How far above its number a claim's lower bound reaches ([`Quantity::allows`]): one who
/// writes "more than 1,000" may understate 3,600, not 30,000.
const CLAIM_BOUND_REACH: f64 = 10.0;

/// The largest value of a vague amount that gives no count ([`Quantity::unspecific`]):
/// "numerous" (10) and below; "dozens" (24) is above.
const UNSPECIFIC_MAX: f64 = 10.0;

/// Is `x` a whole multiple of `m`? (Not `x % m == 0.0`: the float remainder links libm's
/// `fmod` and a 128-bit division into the WebAssembly, 1.7 KB for two checks on numbers a text
/// writes, which the quotient's fraction answers alike.)
fn divides(m: f64, x: f64) -> bool {
    (x / m).fract() == 0.0
}

/// The unit a whole number is rounded to: the largest power of ten that divides it (1 for
/// "46" or "2.5", 10 for "50", 1,000 for "4,000").
fn rounding(x: f64) -> f64 {
    let mut g = 1.0;
    while x >= g * 10.0 && divides(g * 10.0, x) && g < 1e15 {
        g *= 10.0;
    }
    g
}

/// A calendar date mentioned with a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, 1 to 31, when a number stands right before or after the month.
    pub day: Option<u32>,
}

/// Which day a bare weekday names, counted from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toward {
    /// The latest such day on or before it: news reports what happened ("shot down on
    /// Tuesday" in Wednesday's paper).
    Back,
    /// Strictly before it ("last Wednesday" in Wednesday's paper is a week back).
    Last,
    /// The first one after it: what will happen ("will meet on Friday", "next Monday").
    Ahead,
}

/// The day number ([`days_from_civil`]) and year of a publication date written
/// "2020-09-30" (anything after the day, a time, is left aside); `None` for any other form or
/// a day the month does not have ("2021-02-31").
fn published_day(published: &str) -> Option<(i64, u32)> {
    let field = |r: std::ops::Range<usize>| published.get(r).filter(|f| f.bytes().all(|b| b.is_ascii_digit())).and_then(|f| f.parse::<u32>().ok());
    let (y, m, d) = (field(0..4)?, field(5..7)?, field(8..10)?);
    if published.as_bytes()[4] != b'-' || published.as_bytes()[7] != b'-' {
        return None;
    }
    let day = days_from_civil(i64::from(y), m, d);
    (month_day(day) == (m, d)).then_some((day, y))
}

/// 0 for Monday to 6 for Sunday. (1 January 1970, day 0, was a Thursday.)
fn weekday_of(day: i64) -> u32 {
    (day + 3).rem_euclid(7) as u32
}

impl Date {
    /// The date a bare day of the week (0 = Monday) means in a text published on `published`
    /// ([`published_day`]), counted `toward` the past or the future.
    pub fn of_weekday(published: &str, weekday: u32, toward: Toward) -> Option<Date> {
        let (day, _) = published_day(published)?;
        let today = weekday_of(day);
        let back = i64::from((today + 7 - weekday) % 7);
        let shift = match toward {
            Toward::Back => -back,
            Toward::Last => -(if back == 0 { 7 } else { back }),
            Toward::Ahead => i64::from((weekday + 6 - today) % 7 + 1),
        };
        let (month, dom) = month_day(day + shift);
        Some(Date { month, day: Some(dom) })
    }

    /// The day of the week (0 = Monday) of this date as a text published on `published` means
    /// it: in the year that puts it nearest the publication ("31 December" in a paper of 3
    /// January is last year's; "15 March" in one of 10 March, this year's).
    pub fn weekday_in(&self, published: &str) -> Option<u32> {
        let (day, y) = published_day(published)?;
        let dom = self.day?;
        let d = [i64::from(y) - 1, i64::from(y), i64::from(y) + 1]
            .into_iter()
            .map(|y| days_from_civil(y, self.month, dom))
            .filter(|&d| month_day(d) == (self.month, dom))
            .min_by_key(|&d| (d - day).abs())?;
        Some(weekday_of(d))
    }
}

/// Days from 1 January 1970 to a date of the proleptic Gregorian calendar (H. Hinnant's
/// `days_from_civil`: eras of 400 years, years starting in March so the leap day comes last).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((i64::from(m) + 9) % 12) + 2) / 5 + i64::from(d) - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The month and day of day `z` counted as in [`days_from_civil`].
fn month_day(z: i64) -> (u32, u32) {
    let doe = (z + 719_468).rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    (if mp < 10 { mp + 3 } else { mp - 9 } as u32, day)
}

fn parse_number(s: &str) -> Option<f64> {
    decimal(&s.replace(',', ""))
}

/// A plain decimal number ("42", "3.5", ".5", "7."), else `None`. What the text's numbers
/// are written as: std's `f64` parser also reads exponents, signs, "inf" and "NaN", and costs
/// the WebAssembly about two kilobytes. Exact for up to 15 significant digits (one division
/// of two exact integers); none for hundreds of digits.
pub fn decimal(s: &str) -> Option<f64> {
    let (mut digits, mut scale, mut point) = (0u32, 1.0f64, false);
    let mut v = 0.0f64;
    for c in s.chars() {
        match c {
            '0'..='9' => {
                v = v * 10.0 + f64::from(c as u8 - b'0');
                digits += 1;
                if point {
                    scale *= 10.0;
                }
            }
            '.' if !point => point = true,
            _ => return None,
        }
    }
    // (Hundreds of digits overflow to infinity: no number the text means.)
    Some(v / scale).filter(|x| digits > 0 && x.is_finite())
}

/// Quantities and month dates in an analysed text.
pub fn extract(a: &Analysed) -> (Vec<Quantity>, Vec<Date>) {
    let lex = lexicon();
    let toks = &a.tokens;
    let mut qs: Vec<Quantity> = Vec::new();
    let mut dates = Vec::new();
    let mut i = 0;
    // (Touching: "10:30", "2:1", "24/7" are no counts; the number after a headline's colon,
    // "Bus crash: 2 dead", is one.)
    let punct_next_to = |i: usize, c: char| {
        (i > 0 && toks[i - 1].is_punct(c) && toks[i - 1].end == toks[i].start) || toks.get(i + 1).is_some_and(|t| t.is_punct(c) && t.start == toks[i].end)
    };
    while i < toks.len() {
        let t = &toks[i];
        // Where the number starts: a scale word after it ("20 billion") moves `i` on.
        let mut first = i;
        let mut fractional = false;
        // A fraction of something ("a third of"), read once.
        let share = if t.kind == Kind::Word { fraction(toks, i) } else { None };
        // Month dates: "September 27", "Sept. 29", "27 September".
        if let Some(&m) = lex.months.get(t.norm.as_str()).filter(|_| t.capitalized) {
            let mut j = i + 1;
            if toks.get(j).is_some_and(|t| t.is_punct('.')) {
                j += 1;
            }
            let day = toks.get(j).and_then(day_of);
            // "27 September", "15th of July": a day before its month.
            let of = usize::from(i > 1 && toks[i - 1].norm == "of" && toks[i - 2].kind == Kind::Ident);
            let before = i.checked_sub(1 + of).and_then(|k| day_of(&toks[k]));
            // "May" and "March" are also words; require a day or a capital mid-sentence.
            dates.push(Date { month: m, day: day.or(before) });
            // "27 September": the day is no count.
            if before.is_some() && qs.last().is_some_and(|q| q.at + 1 + of == i) {
                qs.pop();
            }
            if day.is_some() {
                i = j + 1;
                continue;
            }
            i += 1;
            continue;
        }
        let mut floor = None;
        let mut vague = false;
        let mut open = false;
        let q = match t.kind {
            // (A year before 1800 is read as one after "in" or "since", no plural after it:
            // "built in 1648" is no round count of about 1,650; "in 1500 cases" counts.)
            // (Nor a time of day: "a 7 pm start".)
            Kind::Number if !punct_next_to(i, ':') && !punct_next_to(i, '/') && toks.get(i + 1).is_none_or(|n| !matches!(n.norm.as_str(), "am" | "pm")) => {
                number_token(&t.norm).map(|(k, lo, hi)| {
                    let old_year = k == QKind::Count
                        && t.norm.len() == 4
                        && (1000.0..1800.0).contains(&lo)
                        && i > 0
                        && matches!(toks[i - 1].norm.as_str(), "in" | "since")
                        && toks.get(i + 1).is_none_or(|n| !is_plural(&n.norm));
                    (if old_year { QKind::Year } else { k }, lo, hi)
                })
            }
            Kind::Ident => decade(&t.norm).or_else(|| ordinal(&t.norm)),
            Kind::Word if share.is_some() => {
                // "two thirds of": the numerator was read as a count of its own; the fraction
                // starts there ("more than two thirds").
                if i > 0 && qs.last().is_some_and(|q| q.at + 1 == i) {
                    qs.pop();
                }
                // ("half" and "halved" stand alone.)
                if toks[i].norm != "half" && !halves(&toks[i].norm) {
                    first = i - 1;
                }
                fractional = true;
                share.map(|v| (QKind::Share, v, v))
            }
            Kind::Word => {
                let mut v = lex.number(t.norm.as_str());
                // "an hour", "a week": one of a span of time ("lasted about an hour", "for a
                // week", "a year ago" against "three hours"): after a preposition of time,
                // "than", "lasted" or "took", or before "ago" or "later". Not a rate ("once a
                // week", "$20 an hour"), nor a thing ("enjoying a day at the beach", "A day on
                // Mars lasts …", "after a year of debate", "on a day when …").
                let span = toks.get(i + 1).is_some_and(|n| matches!(n.norm.as_str(), "hour" | "day" | "week" | "month" | "year" | "decade" | "minute"));
                let timed = (i > 0
                    && matches!(
                        toks[i - 1].norm.as_str(),
                        "for" | "in" | "within" | "over" | "after" | "about" | "around" | "than" | "lasted" | "lasts" | "took" | "takes"
                    )
                    && toks.get(i + 2).is_none_or(|n| !matches!(n.norm.as_str(), "of" | "when" | "that")))
                    || toks.get(i + 2).is_some_and(|n| matches!(n.norm.as_str(), "ago" | "later"));
                if matches!(t.norm.as_str(), "a" | "an") && span && timed {
                    v = Some((1.0, NumKind::Plain));
                }
                // "hundreds of thousands", "tens of millions": one amount, not two (each vague
                // word stands for twice its unit) — and at least the plain "thousands", which a
                // writer who knew of tens of thousands may still say.
                if let (Some((x, NumKind::Vague)), Some([of, n])) = (v, toks.get(i + 1..i + 3)) {
                    if let Some((s, NumKind::Vague)) = lex.number(n.norm.as_str()).filter(|(s, _)| of.norm == "of" && *s >= 1000.0) {
                        v = Some((x * s / 2.0, NumKind::Vague));
                        floor = Some(s);
                        i += 2;
                    }
                }
                // "one and a half million", "half a million": the half before a scale word of a
                // thousand or more (the scale loop below multiplies by it).
                let big = |n: &crate::text::token::Token| lex.number(n.norm.as_str()).is_some_and(|(s, k)| k == NumKind::Plain && s >= 1000.0);
                if let (Some((x, NumKind::Plain)), Some([and, a_, half, n])) = (v, toks.get(i + 1..i + 5)) {
                    if and.norm == "and" && a_.norm == "a" && half.norm == "half" && big(n) {
                        v = Some((x + 0.5, NumKind::Plain));
                        i += 3;
                    }
                }
                if let (None, Some([a_, n])) = (v, toks.get(i + 1..i + 3)) {
                    if t.norm == "half" && a_.norm == "a" && big(n) {
                        v = Some((0.5, NumKind::Plain));
                        i += 1;
                    }
                }
                // "two hundred", "4 million", "three dozen": multiply by a following scale word.
                if let (Some((x, NumKind::Plain)), Some(n)) = (v, toks.get(i + 1)) {
                    if let Some((s, NumKind::Plain)) = lex.number(n.norm.as_str()).filter(|(s, _)| *s >= 100.0 || n.norm == "dozen") {
                        v = Some((x * s, NumKind::Plain));
                        i += 1;
                    }
                }
                // "several dozen", "a few dozen": as many as "dozens" (not several, nor twelve).
                // ("few" is no amount of its own: "few people" may be two.)
                if let Some(n) = toks.get(i + 1).filter(|_| matches!(v, Some((_, NumKind::Vague))) || t.norm == "few") {
                    if n.norm == "dozen" {
                        v = lex.number("dozens");
                        i += 1;
                    }
                }
                vague = matches!(v, Some((_, NumKind::Vague)));
                v.map(|(x, kind)| match kind {
                    NumKind::Vague => (QKind::Count, x, x * 4.5),
                    NumKind::Ordinal => (QKind::Ordinal, x, x),
                    NumKind::Plain => (QKind::Count, x, x),
                })
            }
            _ => None,
        };
        if let Some((mut kind, mut lo, mut hi)) = q {
            lo = floor.unwrap_or(lo);
            // "41 percent", "41 per cent", "41%": a share.
            let percent = |k: usize| {
                toks.get(k).is_some_and(|t| t.norm == "percent" || t.norm == "%" || (t.norm == "per" && toks.get(k + 1).is_some_and(|n| n.norm == "cent")))
            };
            if matches!(kind, QKind::Count | QKind::Year) && percent(i + 1) {
                kind = QKind::Share;
            }
            // "one in five adults": a share (the count read before "in" was its numerator).
            if kind == QKind::Count && i >= 2 && toks[i - 1].norm == "in" && lo == hi && lo > 0.0 {
                // (The numerator keeps its bound: "about one in ten".)
                if let Some(p) = qs.last().filter(|p| p.at + 2 == i && p.kind == QKind::Count && p.lo < lo && !p.range) {
                    // (Round when said exactly; a bound keeps its own reach, "more than one in five".)
                    let spread = if p.lo == p.hi { FRACTION_SPREAD } else { (1.0, 1.0) };
                    let (first, share_lo, share_hi) = (p.first, p.lo / lo * 100.0 * spread.0, (p.hi / lo * 100.0 * spread.1).min(100.0));
                    qs.pop();
                    qs.push(Quantity {
                        kind: QKind::Share,
                        lo: share_lo,
                        hi: share_hi,
                        at: i,
                        first,
                        range: false,
                        head: head_noun(a, i),
                        vague: false,
                        open: false,
                    });
                    i += 1;
                    continue;
                }
            }
            // "for nine days in a row", "three consecutive days", "five days running": how long
            // a run has lasted is the ordinal of its last day, "the fifth straight day".
            if kind == QKind::Count && lo == hi && running_length(toks, i) {
                kind = QKind::Ordinal;
            }
            // "4 million"; a vague amount also takes "hundred" ("several hundred thousand").
            if kind == QKind::Count {
                let least = if hi > lo { 100.0 } else { 1000.0 };
                while let Some((s, NumKind::Plain)) = toks.get(i + 1).and_then(|n| lex.number(n.norm.as_str())).filter(|(s, _)| *s >= least) {
                    lo *= s;
                    hi *= s;
                    i += 1;
                }
            }
            let at = i;
            if matches!(kind, QKind::Count | QKind::Share) {
                // A modifier phrase ending right before the number.
                let start = first;
                let before = a.cues.iter().find(|c| c.last + 1 == start || (c.last + 2 == start && matches!(toks[c.last + 1].norm.as_str(), "a" | "an")));
                // "taller than 324 metres": a comparative before "than" bounds the count as "more
                // than" does (the comparative itself stays a content word). "no bigger than 30 cm"
                // turns the bound round, as "no more than" does.
                let degree = (start >= 2 && toks[start - 1].norm == "than").then(|| &toks[start - 2].norm).and_then(|w| {
                    let negated = start >= 3 && negated_bound(toks, start - 3);
                    let more = lex.is(WordClass::MoreDegree, w);
                    (more || lex.is(WordClass::LessDegree, w)).then_some(if more != negated { Cue::Lower } else { Cue::Upper })
                });
                // ("up to dozens", "fewer than thousands": a bound, not a vague amount.)
                if matches!(before.map(|c| c.kind).or(degree), Some(Cue::Approx | Cue::Lower | Cue::Upper)) {
                    vague = false;
                }
                match before.map(|c| c.kind).or(degree) {
                    Some(Cue::Approx) => {
                        let nearly = before.is_some_and(|c| c.phrase == "nearly" || c.phrase == "almost");
                        // "nearly 300" is below 300; "about 300" either side of it.
                        lo *= if nearly { 0.8 } else { 0.75 };
                        hi *= if nearly { 0.999 } else { 1.25 };
                    }
                    Some(Cue::Lower) => {
                        // "More than 300" in news is a count above 300, not one of 3,000: a
                        // writer who knew of ten times as many would say so.
                        lo *= 1.001;
                        hi *= LOWER_BOUND_REACH;
                        open = true;
                    }
                    Some(Cue::Upper) => {
                        lo = 0.0;
                        hi *= 0.999;
                    }
                    // (Said in words, a fraction is round: "a third" allows 30 to 37 percent.)
                    _ if fractional => {
                        lo *= FRACTION_SPREAD.0;
                        hi *= FRACTION_SPREAD.1;
                    }
                    _ => {}
                }
            }
            // "one of its jets" counts nothing.
            if toks.get(at + 1).is_some_and(|t| t.norm == "of") && t.norm == "one" {
                i += 1;
                continue;
            }
            // "5 to 11", "from 5 to 11", "between 5 and 11": one interval. Read apart,
            // "children between 5 and 11" gave "5" to compare with a claim's "11". Only an
            // exact number and a larger one of its kind with one word between ("won 3 to 1" is a
            // score; "and" only after "between": "3 and 5 people" are two counts), and not a
            // change ("rose from 5 to 11", "up by 2 to 45": the second number is the new
            // value). ("2010-2015" is one token, read as a span by `number_token`.) The head
            // stays the first number's ("between five and eleven years old" has none), so a
            // claim's bare "12 to 15" is still compared with it; "years" after the second is
            // not used.
            if let Some(p) = qs.last_mut().filter(|p| {
                let link = &toks[p.at + 1];
                let before = &toks[p.first.saturating_sub(3)..p.first];
                let between = before.last().is_some_and(|t| t.norm == "between");
                let change = before.last().is_some_and(|t| t.norm == "by") || before.iter().any(|t| lex.is(WordClass::Change, &t.norm));
                !change
                    && p.at + 2 == first
                    && (link.norm == "to" || link.is_punct('-') || (between && link.norm == "and"))
                    && p.kind == kind
                    && kind != QKind::Ordinal
                    && p.lo == p.hi
                    && lo == hi
                    && p.hi < lo
            }) {
                p.hi = hi;
                p.range = true;
                p.at = at; // so the range is shown whole: "5 to 11"
            } else {
                // "$15m deal" counts dollars, whatever noun follows.
                let head = match first.checked_sub(1).map(|p| toks[p].norm.as_str()) {
                    Some("$") => Some("dollar".to_string()),
                    Some("£") => Some("pound".to_string()),
                    Some("€") => Some("euro".to_string()),
                    // ("cut by 40 percent" is a change, not a level: "40 percent of its staff" is
                    // another share; so are "by half", "in half" and "halved".)
                    // (Not an agent's share: "reported by 26 percent of the participants".)
                    _ if kind == QKind::Share
                        && !(toks.iter().skip(at + 1).take(2).any(|t| t.norm == "of") && (fractional || head_noun(a, at).is_some()))
                        && (halves(&toks[at].norm) || first.checked_sub(1).is_some_and(|p| toks[p].norm == "by" || (fractional && toks[p].norm == "in"))) =>
                    {
                        Some("by".to_string())
                    }
                    _ if fractional => of_head(a, at + 1),
                    _ => head_noun(a, at),
                };
                // A share is of what follows its "of" ("41 percent of the adults"), if said.
                let head = head.filter(|h| kind != QKind::Share || !lex.is(WordClass::Unit, h));
                // "142 of the 250 patients" is also a share of the patients (56.8 percent), as
                // "more than half of the patients" is; so is "Of the 250 patients, 142 said …",
                // the whole said first, at the sentence's opening.
                let exact = exact_counts(qs.last(), kind, lo, hi, vague);
                let part = exact.and_then(|p| {
                    let of = toks
                        .get(p.at + 1..first)
                        .is_some_and(|w| matches!(w, [o] | [o, _] if o.norm == "of") && w.last().is_some_and(|t| matches!(t.norm.as_str(), "of" | "the")));
                    // (The whole is the noun's own count, said right before it: not "5 of 10 to 20
                    // rooms", nor "two of the 10 largest banks", a part of the largest.)
                    let whole = a.terms.iter().any(|t| t.first == at + 1 && head.as_ref() == Some(&t.key));
                    // (Its part counts the whole's noun, or has no plural noun of its own right
                    // after it: "Of the 400 schools, 30 teachers …" is no share of the schools;
                    // and the whole is the noun's own count, as above: not "Of the 10 largest
                    // banks, two …".)
                    let opening = toks[0].norm == "of"
                        && (p.first == 1 || (p.first == 2 && toks[1].norm == "the"))
                        && a.terms.iter().any(|t| t.first == p.at + 1 && p.head.as_ref() == Some(&t.key))
                        && (head == p.head || !a.terms.iter().any(|t| t.first == at + 1 && is_plural(&toks[t.last].norm)));
                    // (Its part is the first thing after the comma that ends the opening.)
                    let after_comma = toks
                        .get(p.at + 1..first)
                        .is_some_and(|w| w.last().is_some_and(|t| t.is_punct(',')) && w.iter().filter(|t| t.is_punct(',')).count() == 1);
                    if of && whole && p.lo < lo {
                        Some((p.lo / lo * 100.0, p.first, head.clone()))
                    } else if opening && after_comma && lo < p.lo {
                        Some((lo / p.lo * 100.0, first, p.head.clone()))
                    } else {
                        None
                    }
                });
                if let Some((share, from, whose)) = part {
                    qs.push(Quantity { kind: QKind::Share, lo: share, hi: share, at, first: from, range: false, head: whose, vague, open });
                }
                qs.push(Quantity { kind, lo, hi, at, first, range: false, head, vague, open });
            }
        }
        i += 1;
    }
    (qs, dates)
}

/// "1994" (a year), "1991-94" (a span of years), "4,000", "2.5".
fn number_token(s: &str) -> Option<(QKind, f64, f64)> {
    if let Some((a, b)) = s.split_once('-') {
        let a: f64 = parse_number(a)?;
        let b_raw = b;
        let mut b: f64 = parse_number(b)?;
        if (1000.0..=2100.0).contains(&a) && b_raw.len() == 2 {
            b += (a / 100.0).floor() * 100.0;
        }
        let kind = if (1000.0..=2100.0).contains(&a) { QKind::Year } else { QKind::Count };
        // (A count's range rises: "2-1", "1-1" are scores.)
        if kind == QKind::Count && a >= b {
            return None;
        }
        return Some((kind, a.min(b), a.max(b)));
    }
    let v = parse_number(s)?;
    let is_year = !s.contains(',') && !s.contains('.') && s.len() == 4 && (1800.0..=2100.0).contains(&v);
    Some((if is_year { QKind::Year } else { QKind::Count }, v, v))
}

/// The day of the month a token next to a month's name gives: "15" or "15th" ("July 15th,
/// 2006" is a date, not the fifteenth of something to set against a "first").
pub(crate) fn day_of(t: &Token) -> Option<u32> {
    let v = match t.kind {
        Kind::Number => t.norm.parse::<u32>().ok()?,
        Kind::Ident => ordinal(&t.norm)?.1 as u32,
        _ => return None,
    };
    (1..=31).contains(&v).then_some(v)
}

/// How far a share said as a fraction ("a third", "one in five") may stand from its exact
/// value: a tenth either way.
const FRACTION_SPREAD: (f64, f64) = (0.9, 1.1);

/// The quantity before, when it and the one being read (`kind`, `lo`..`hi`, `vague`) are both
/// exact plain counts: the two a part and its whole are said as.
fn exact_counts(p: Option<&Quantity>, kind: QKind, lo: f64, hi: f64, vague: bool) -> Option<&Quantity> {
    p.filter(|p| p.kind == QKind::Count && kind == QKind::Count && p.lo == p.hi && lo == hi && !vague)
}

/// Is `w` the verb "halve" ("halved": a cut by half)? (Not a name: "Halvard"; nor the nouns
/// "both halves", "the halving".)
fn halves(w: &str) -> bool {
    matches!(w, "halve" | "halved")
}

/// The share a fraction word at token `i` gives, in percent, before "of": "half of", "a third
/// of", "two thirds of", "three quarters of" ("the third of five children" is a position); or
/// as a change after "by" ("cut by half", "by a third"), and "halved" ("cut in half").
fn fraction(toks: &[Token], i: usize) -> Option<f64> {
    // (Past either end of the sentence: "".)
    let norm = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let (w, before, next) = (norm(i), norm(i.wrapping_sub(1)), norm(i + 1));
    // A change ends its phrase: "cut by a third within a year", not "checked by a third
    // party"; "halved the risk", not "ridership halved after the fare cut" (what halved is
    // not said next to it).
    // (Closures: every word of a sentence comes here, and only fraction words need them.)
    let ends = || toks.get(i + 1).is_none_or(|t| !t.is_word() || lexicon().is_stopword(&t.norm));
    let object = || toks.get(i + 1).is_some_and(|t| t.is_word() && !lexicon().is(WordClass::Preposition, &t.norm));
    if halves(w) {
        return object().then_some(50.0);
    }
    if w == "half" {
        // ("the first half of the year" is a time; "in half an hour", "by half a point" an
        // amount of its own; "in half of the cases" a share of them.)
        let change = matches!(before, "by" | "in") && !matches!(next, "a" | "an" | "of" | "the") && ends();
        return (change || (next == "of" && !matches!(before, "the" | "first" | "second" | "latter" | "other"))).then_some(50.0);
    }
    // (The fraction's own first word: "a third" starts at "a".)
    if next != "of" && (norm(i.wrapping_sub(2)) != "by" || !ends()) {
        return None;
    }
    let denominator = match w.strip_suffix('s').unwrap_or(w) {
        "third" => 3.0,
        "quarter" => 4.0,
        "fifth" => 5.0,
        "tenth" => 10.0,
        _ => return None,
    };
    let numerator = match before {
        "a" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        _ => return None,
    };
    (numerator < denominator).then_some(numerator / denominator * 100.0)
}

/// Does the number at token `i` count the days of an unbroken run: "days in a row",
/// "consecutive days", "straight days", "days running"?
fn running_length(toks: &[Token], i: usize) -> bool {
    let mut next = String::new();
    for t in toks.iter().skip(i + 1).take(4) {
        next.push_str(&t.norm);
        next.push(' ');
    }
    "consecutive days|straight days|days running|days in a row".split('|').any(|p| next.starts_with(p))
}

/// "5th", "21st", "3rd".
fn ordinal(s: &str) -> Option<(QKind, f64, f64)> {
    let digits = s.strip_suffix("st").or_else(|| s.strip_suffix("nd")).or_else(|| s.strip_suffix("rd")).or_else(|| s.strip_suffix("th"))?;
    let v = decimal(digits)?;
    Some((QKind::Ordinal, v, v))
}

/// Is token `at` the "no" or "not" of a negated comparative bound before a number ("no bigger
/// than 30 cm", "not more than 5 metres")? Then it turns the bound round and is no negation of
/// the clause (`analyze` drops it as a cue; the number scan reads the bound).
pub(crate) fn negated_bound(toks: &[Token], at: usize) -> bool {
    let lex = lexicon();
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let degree = |w: &str| lex.is(WordClass::MoreDegree, w) || lex.is(WordClass::LessDegree, w);
    let number = toks.get(at + 3).is_some_and(|t| t.kind == Kind::Number || lex.numbers.contains_key(t.norm.as_str()));
    matches!(word(at), "no" | "not") && degree(word(at + 1)) && word(at + 2) == "than" && number
}

/// Does the (lowercase) word look like a noun plural: "-s" but not "-ss", or an irregular plural
/// ("people")? A verb's "-s" passes too; callers look at what follows a number.
pub fn is_plural(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss")) || lexicon().plurals.contains(w)
}

/// Is a unit written onto the number at token `at` ("a 300-kilogram satellite", "an
/// 80,000-seat stadium": one word the tokenizer split in two tokens over the same text)?
pub fn unit_written_on(a: &Analysed, at: usize) -> bool {
    a.tokens.get(at + 1).is_some_and(|u| u.start == a.tokens[at].start)
}

/// The last content word of the noun phrase right after token `at` (skipping one "of").
fn head_noun(a: &Analysed, at: usize) -> Option<String> {
    // "a 300-kilogram satellite" counts kilograms: a unit written onto its number (one word
    // split in two tokens over the same text) is what is counted.
    if let Some(unit) = a.tokens.get(at + 1).filter(|_| unit_written_on(a, at)) {
        return a.terms.iter().find(|x| x.first == at + 1 && x.content).map(|x| x.key.clone()).or_else(|| Some(unit.norm.clone()));
    }
    let mut head = None;
    let mut i = at + 1;
    let mut skipped_of = false;
    while i < a.tokens.len() && i <= at + 5 {
        let t = &a.tokens[i];
        if !t.is_word() {
            break;
        }
        match a.terms.iter().find(|x| x.first <= i && i <= x.last) {
            // "50 percent of the vote": a unit counts nothing by itself; what follows "of" does.
            Some(x) if x.content && lexicon().is(WordClass::Unit, &x.key) => {
                head = of_head(a, x.last + 1).or(Some(x.key.clone()));
                break;
            }
            Some(x) if x.content => {
                head = Some(x.key.clone());
                // Counted nouns are plural: the phrase ends at the first plural ("300 Syrian
                // Islamists arrive" counts Islamists).
                let w = &a.tokens[x.last].norm;
                let plural = is_plural(w);
                if plural || x.last >= at + 4 {
                    break;
                }
                i = x.last + 1;
                continue;
            }
            _ if t.norm == "of" && head.is_none() && !skipped_of => skipped_of = true,
            _ => break,
        }
        i += 1;
    }
    head
}

/// What a unit or fraction is of: the noun phrase after the "of" at token `k`, its last
/// content word, up to its first plural ("of their original [capacity]", "of [adults] smoke").
fn of_head(a: &Analysed, k: usize) -> Option<String> {
    let mut at = k;
    while at < a.tokens.len() && at <= k + 2 && lexicon().is(WordClass::OfLink, &a.tokens[at].norm) {
        at += 1;
    }
    let mut head = None;
    while let Some(y) = a.terms.iter().find(|y| y.first == at && y.content).filter(|_| at > k) {
        head = Some(y.key.clone());
        if is_plural(&a.tokens[y.last].norm) {
            break;
        }
        at = y.last + 1;
    }
    head
}

/// "1990s", "mid-1990s", "early-2000s".
fn decade(s: &str) -> Option<(QKind, f64, f64)> {
    let (part, d) = match s.split_once('-') {
        Some((p, d)) => (p, d),
        None => ("", s),
    };
    let y = decimal(d.strip_suffix('s')?)?;
    if !(1000.0..=2100.0).contains(&y) {
        return None;
    }
    let span = if divides(100.0, y) && !d.ends_with("0s") { 100.0 } else { 10.0 };
    let (lo, hi) = match part {
        "early" => (y, y + 3.0),
        "mid" => (y + 3.0, y + 7.0),
        "late" => (y + 6.0, y + 9.0),
        _ => (y, y + span - 1.0),
    };
    Some((QKind::Year, lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyze::analyse;

    fn qs(s: &str) -> Vec<(QKind, f64, f64)> {
        extract(&analyse(s)).0.into_iter().map(|q| (q.kind, q.lo, q.hi)).collect()
    }

    /// The first amount read in `s`.
    fn a(s: &str) -> Quantity {
        extract(&analyse(s)).0.remove(0)
    }

    #[test]
    fn a_run_of_days_is_the_ordinal_of_its_last() {
        // "for seven days in a row" is "the seventh straight day"; a plain count of days is not.
        for text in ["The strike went on for seven days in a row.", "The strike went on for seven consecutive days.", "The strike went on seven days running."]
        {
            assert_eq!(qs(text), [(QKind::Ordinal, 7.0, 7.0)], "{text}");
        }
        assert!(a("The strike went on for seven days in a row.").compatible(&a("The strike entered its seventh straight day.")));
        assert_eq!(qs("The strike cost seven days of output."), [(QKind::Count, 7.0, 7.0)]);
    }

    #[test]
    fn a_span_of_time_said_with_a_is_one() {
        // A length of time: one hour, about one, more than one.
        assert_eq!(qs("The call lasted an hour."), [(QKind::Count, 1.0, 1.0)]);
        assert!(!a("The call lasted about an hour.").compatible(&a("The call lasted three hours.")));
        assert!(a("The call lasted about an hour.").compatible(&a("The call lasted one hour.")));
        assert_eq!(qs("She resigned a year ago.").len(), 1);
        // A rate, a thing, a subject: no count.
        for text in [
            "They meet once a week.",
            "He is paid $20 an hour.",
            "People are enjoying a day at the beach.",
            "A day on Mars lasts long.",
            "The law passed after a year of debate.",
            "The strike began on a day when commuters stayed home.",
        ] {
            assert!(qs(text).iter().all(|q| q.1 != 1.0), "{text}: {:?}", qs(text));
        }
    }

    #[test]
    fn a_weekday_is_the_day_it_means_where_the_text_was_published() {
        let day = |published: &str, weekday: u32, toward: Toward| Date::of_weekday(published, weekday, toward).map(|d| (d.month, d.day.unwrap()));
        // Wednesday 30 September 2020: the Tuesday before, the Sunday before, the day itself,
        // and "last Wednesday", a week back.
        assert_eq!(day("2020-09-30", 1, Toward::Back), Some((9, 29)));
        assert_eq!(day("2020-09-30", 6, Toward::Back), Some((9, 27)));
        assert_eq!(day("2020-09-30", 2, Toward::Back), Some((9, 30)));
        assert_eq!(day("2020-09-30", 2, Toward::Last), Some((9, 23)));
        // Across a month and a leap day; Monday and Thursday after Thursday 1 October 2020.
        assert_eq!(day("2020-03-02", 4, Toward::Back), Some((2, 28)));
        assert_eq!(day("2024-03-01", 3, Toward::Back), Some((2, 29)));
        assert_eq!(day("2020-10-01", 0, Toward::Ahead), Some((10, 5)));
        assert_eq!(day("2020-10-01", 3, Toward::Ahead), Some((10, 8)));
        assert_eq!(day("2020-10-07T15:15", 0, Toward::Back), Some((10, 5)));
        for bad in ["", "1 October 2020", "2020-13-01", "2020/10/01", "20-10-01", "2020-10-0x", "2021-02-31"] {
            assert_eq!(day(bad, 0, Toward::Back), None, "{bad}");
        }
        // A date's weekday in the publication's year, or the year before for a later day.
        let on = |month: u32, day: u32, published: &str| Date { month, day: Some(day) }.weekday_in(published);
        assert_eq!(on(3, 9, "2021-03-20"), Some(1));
        assert_eq!(on(12, 31, "2021-01-05"), Some(3));
        assert_eq!(on(3, 15, "2021-03-10"), Some(0));
        assert_eq!(on(2, 29, "2021-03-01"), Some(5), "29 February 2020, a Saturday");
        assert_eq!(on(2, 30, "2021-03-01"), None);
    }

    #[test]
    fn numbers_read_as_written_and_nothing_else() {
        assert_eq!(decimal("42"), Some(42.0));
        assert_eq!(decimal("2.75"), Some(2.75));
        assert_eq!(decimal("0.1"), Some(0.1));
        assert_eq!(decimal(".5"), Some(0.5));
        assert_eq!(decimal("7."), Some(7.0));
        assert_eq!(qs("6.5 million people"), [(QKind::Count, 6_500_000.0, 6_500_000.0)]);
        // Codes, exponents, signs and names of numbers are no figures the text gives.
        for s in ["1.2.3", "1e5", "-5", "inf", "NaN", "", ".", "12a"] {
            assert_eq!(decimal(s), None, "{s}");
        }
        // Nor is a run of digits too long for any number to mean.
        assert_eq!(decimal(&"9".repeat(400)), None);
    }

    #[test]
    fn a_headlines_count_after_its_colon_is_read_and_a_time_or_score_is_not() {
        assert_eq!(qs("Bus crash: 2 dead, 6 injured"), [(QKind::Count, 2.0, 2.0), (QKind::Count, 6.0, 6.0)]);
        assert!(qs("Kick-off at 10:30 after a 2:1 win").is_empty());
        assert!(qs("open 24/7").is_empty());
        // Nor a time of day, nor a score; a range rises.
        assert!(qs("Lund concert: 7 pm start confirmed").is_empty());
        assert!(qs("Vik FC v Borg: 2-1 final score").is_empty());
        assert_eq!(qs("children aged 5-11 years"), [(QKind::Count, 5.0, 11.0)]);
    }

    #[test]
    fn modifiers_make_intervals() {
        assert_eq!(qs("more than 300 fighters")[0].2, 900.0);
        assert!(qs("more than 300 fighters")[0].1 > 300.0);
        assert_eq!(qs("fewer than 100 fighters")[0].1, 0.0);
        assert!(qs("nearly 300 deaths")[0].2 < 300.0);
        assert_eq!(qs("three civilians"), [(QKind::Count, 3.0, 3.0)]);
        assert_eq!(qs("one and a half million people"), [(QKind::Count, 1_500_000.0, 1_500_000.0)]);
        assert_eq!(qs("half a million people"), [(QKind::Count, 500_000.0, 500_000.0)]);
        assert_eq!(qs("two and a half billion euros"), [(QKind::Count, 2_500_000_000.0, 2_500_000_000.0)]);
        assert_eq!(qs("4,000 troops"), [(QKind::Count, 4000.0, 4000.0)]);
        // A comparative before "than" bounds the count as "more than" / "fewer than" do.
        assert!(qs("taller than 300 metres")[0].1 > 300.0);
        assert_eq!(qs("shorter than 300 metres")[0].1, 0.0);
        // … and "no bigger than" turns it round.
        assert_eq!(qs("no bigger than 30 centimetres")[0].1, 0.0);
        assert!(qs("not shorter than 300 metres")[0].1 > 300.0);
    }

    #[test]
    fn ranges_are_one_interval() {
        for s in ["children aged 5 to 11", "children between 5 and 11", "children from five to eleven", "between 5 million and 11 million"] {
            let want = if s.contains("million") { 1e6 } else { 1.0 };
            assert_eq!(qs(s), [(QKind::Count, 5.0 * want, 11.0 * want)], "{s}");
        }
        assert_eq!(qs("from 2010 to 2015"), [(QKind::Year, 2010.0, 2015.0)]);
        assert_eq!(qs("the toll rose from 5 to 11").len(), 2, "a change, not a range");
        assert_eq!(qs("shares were up by 2 to 45").len(), 2, "a change, not a range");
        assert_eq!(qs("won 3 to 1"), [(QKind::Count, 3.0, 3.0), (QKind::Count, 1.0, 1.0)], "a score is no range");
        assert_eq!(qs("3 and 5 people"), [(QKind::Count, 3.0, 3.0), (QKind::Count, 5.0, 5.0)], "two counts");
        assert_eq!(qs("more than 5 to 11")[0].2, 15.0, "a bound is not a range's start");
        assert!(a("aged 5 to 11").compatible(&a("between five and eleven years old")));
        assert!(!a("aged 5 to 11").compatible(&a("aged 12 to 15")));
        assert!(!a("aged 5 to 11").compatible(&a("aged 10 to 15")), "two ranges agree at both ends");
        assert!(a("aged 5 to 11").compatible(&a("aged 7")), "a number inside a range");
    }

    #[test]
    fn amounts_of_several_words_and_currencies() {
        // "hundreds of thousands" is one amount; read as two, its "hundreds" met a claim's
        // "30,000" as a different number.
        assert_eq!(qs("displaced hundreds of thousands"), [(QKind::Count, 2_000.0, 900_000.0)]);
        assert_eq!(qs("tens of thousands of people"), [(QKind::Count, 2_000.0, 90_000.0)]);
        assert!(a("thousands of people").compatible(&a("tens of thousands of people")), "the vaguer nests");
        assert!(!a("about 300 people").compatible(&a("hundreds of thousands of people")));
        // "several hundred thousand" is one amount too, not "several" and "hundred thousand".
        assert_eq!(qs("several hundred thousand were displaced"), [(QKind::Count, 400_000.0, 1_800_000.0)]);
        assert!(a("several hundred thousand people").compatible(&a("hundreds of thousands of people")));
        // "several dozen" is dozens, not several nor a dozen: one amount.
        assert_eq!(qs("several dozen people died").len(), 1);
        assert!(a("several dozen people").compatible(&a("dozens of people")));
        assert!(a("several dozen people").compatible(&a("three dozen people")));
        assert!(a("a few dozen people").compatible(&a("40 people")));
        assert!(!a("a few dozen people").compatible(&a("12 people")));
        for other in ["three people", "a dozen people", "hundreds of people", "120 people"] {
            assert!(!a("several dozen people").compatible(&a(other)), "{other}");
        }
        // "three dozen" is 36, as "two hundred" is 200 (not "three" and a dozen).
        assert_eq!(qs("three dozen people were injured"), [(QKind::Count, 36.0, 36.0)]);
        // An amount after a currency sign counts the currency, whatever noun follows.
        let head = |s: &str| extract(&analyse(s)).0[0].head.clone();
        assert_eq!(head("signs a $15m deal"), head("a deal worth 15 million dollars"));
        assert_eq!(head("a £40 million budget"), Some("pound".into()));
        assert_eq!(head("a 40 million budget"), Some(crate::text::analyze::word_key("budget")));
    }

    #[test]
    fn years_spans_and_decades() {
        assert_eq!(qs("a 1994 truce"), [(QKind::Year, 1994.0, 1994.0)]);
        // An older year after "in" or "since" is a year, exact: not a round count.
        assert_eq!(qs("the castle was built in 1650"), [(QKind::Year, 1650.0, 1650.0)]);
        assert!(!a("built in 1650").compatible(&a("built in 1648")));
        assert_eq!(qs("1500 people"), [(QKind::Count, 1500.0, 1500.0)]);
        assert_eq!(qs("in 1500 cases the test failed"), [(QKind::Count, 1500.0, 1500.0)]);
        assert_eq!(qs("a 1991-94 war"), [(QKind::Year, 1991.0, 1994.0)]);
        assert_eq!(qs("since the mid-1990s"), [(QKind::Year, 1993.0, 1997.0)]);
    }

    #[test]
    fn compatibility_respects_bounds() {
        assert!(!a("more than 300").compatible(&a("nearly 300")));
        assert!(a("more than 300").compatible(&a("over 300")));
        assert!(!a("over 30").compatible(&a("15")));
        assert!(a("around 4,000").compatible(&a("4,000")));
        assert!(a("4,000").compatible(&a("3,950")), "a round number stands for what rounds to it");
        assert!(!a("46").compatible(&a("48")), "two exact numbers that differ");
        assert!(a("more than 300").compatible(&a("800")));
        let head = |s: &str| extract(&analyse(s)).0[0].head.clone();
        assert_eq!(head("kept 60 percent of their original capacity."), head("retains 90 percent of its capacity."), "the head noun, not its adjective");
        // A participle before the noun is no irregular plural: "20 known moons" counts moons.
        assert_eq!(head("has 20 known moons.").as_deref(), Some("moon"));
        assert!(!a("fewer than a hundred").compatible(&a("over 300")), "a bound before 'a hundred'");
        assert!(!a("more than 300").compatible(&a("about 3,000")), "a lower bound is not ten times more");
        // A claim's lower bound may understate a figure by up to ten times.
        assert!(a("more than 1,000").allows(&a("3,600"), true) && !a("3,600").allows(&a("more than 1,000"), true));
        assert!(!a("over 30").allows(&a("around 30,000"), true) && !a("more than 1,000").allows(&a("600"), true));
        assert!(!a("more than 1,000").allows(&a("3,600"), false), "only a lone count");
        assert!(a("more than 20 billion").compatible(&a("more than 23 billion")), "a bound before a scaled number");
        assert!(!a("fewer than 100").compatible(&a("more than 300")));
        assert!(!a("in 2001").compatible(&a("in 1994")));
    }

    #[test]
    fn percentages_and_fractions_are_shares() {
        let shares = |text: &str| extract(&analyse(text)).0.into_iter().filter(|q| q.kind == QKind::Share).map(|q| (q.lo, q.hi)).collect::<Vec<_>>();
        assert_eq!(shares("Of the adults, 41 percent were obese, as were 12% of the children."), [(41.0, 41.0), (12.0, 12.0)]);
        // A fraction said in words is round, and keeps its bound; "two thirds" is no count of two.
        let (q, _) = extract(&analyse("Two thirds of the voters stayed home."));
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].kind == QKind::Share && q[0].lo < 66.7 && q[0].hi > 66.6, "{q:?}");
        // A bound starts at the fraction itself: "more than half" is no 46 percent.
        let s = shares("More than a third of the adults were screened.");
        assert!(s.len() == 1 && s[0].0 > 33.3 && s[0].0 < 34.0 && s[0].1 > 50.0, "{s:?}");
        let s = shares("More than two thirds of the adults were screened.");
        assert!(s.len() == 1 && s[0].0 > 66.6 && s[0].0 < 67.0, "{s:?}");
        let s = shares("About one in ten adults has diabetes.");
        assert!(s.len() == 1 && s[0].0 < 9.0 && s[0].1 > 11.0, "{s:?}");
        // "the third of five children" is a position; "half a million" an amount.
        assert!(shares("She was the third of five children.").is_empty());
        assert!(shares("Half a million people marched.").is_empty());
        assert!(shares("Sales rose in the first half of the year.").is_empty());
        // A fraction and a percentage are of the same thing, read alike.
        let heads = |text: &str| extract(&analyse(text)).0.into_iter().map(|q| q.head).collect::<Vec<_>>();
        assert_eq!(heads("A quarter of the adults smoke."), heads("Some 60 percent of the adults smoke."));
        assert_eq!(heads("The drug cut deaths by 12 percent."), [Some("by".to_string())]);
        // A fraction as a change: "by half", "in half", "halved", "by a third" — not "in half
        // an hour" nor "by half a point".
        for text in ["The drug cut deaths by half.", "The drug cut deaths in half.", "The drug halved deaths."] {
            let s = shares(text);
            assert!(s.len() == 1 && s[0].0 < 50.0 && s[0].1 > 50.0, "{text}: {s:?}");
            assert_eq!(heads(text), [Some("by".to_string())], "{text}");
        }
        assert_eq!(heads("The drug cut deaths by a third."), [Some("by".to_string())]);
        assert!(shares("The drug worked in half an hour and cut the rate by half a point.").is_empty());
        assert!(shares("President Halvard Kess resigned.").is_empty(), "a name is no verb");
        // Nor the nouns, a third party, what halved unsaid, nor "half of" after "in".
        for text in ["Sales fell in both halves of the year, after the halving.", "It was checked by a third party.", "Ridership halved after the fare cut."] {
            assert!(shares(text).is_empty(), "{text}");
        }
        assert_eq!(heads("The drug worked in half of the cases."), heads("The drug worked in 50 percent of the cases."));
        // The whole said first, at the opening: "Of the 200 participants, 52 …".
        let q: Vec<_> =
            extract(&analyse("Of the 200 participants in the trial, 52 reported side effects.")).0.into_iter().filter(|q| q.kind == QKind::Share).collect();
        assert!(q.len() == 1 && q[0].lo == 26.0 && q[0].head == heads("26 percent of the participants")[0], "{q:?}");
        assert!(shares("In 2020, of the 200 staff, 52 left; of 30 rooms, 12 were booked in 2021.").iter().all(|s| s.0 != 26.0), "not past the opening");
        for text in ["Of the 400 schools, 30 teachers went on strike.", "Of the 10 largest banks, two failed."] {
            assert!(shares(text).is_empty(), "{text}");
        }
        // A whole that is no count of the noun: no part of it.
        for text in ["5 of 10 to 20 rooms were booked.", "Two of the 10 largest banks failed."] {
            assert!(shares(text).is_empty(), "{text}");
        }
        // A part of a whole is a share of it, said of the whole's noun; and a share after "by"
        // with an "of" is who did it, not a change.
        let q: Vec<_> =
            extract(&analyse("Side effects were reported by 52 of the 200 participants.")).0.into_iter().filter(|q| q.kind == QKind::Share).collect();
        assert!(q.len() == 1 && q[0].lo == 26.0 && q[0].head == heads("26 percent of the participants")[0], "{q:?}");
        assert_eq!(heads("reported by 26 percent of the participants"), heads("26 percent of the participants"));
    }

    #[test]
    fn times_and_numeric_dates_are_not_quantities_and_months_are_dates() {
        assert!(qs("at 15:15 on 01/10/2020").is_empty());
        let (_, d) = extract(&analyse("on Sept. 29 and September 30"));
        assert_eq!(d, [Date { month: 9, day: Some(29) }, Date { month: 9, day: Some(30) }]);
        // A day before its month is no count.
        let (q, d) = extract(&analyse("The clashes began on 27 September."));
        assert!(q.is_empty(), "{q:?}");
        assert_eq!(d, [Date { month: 9, day: Some(27) }]);
        // A day said as an ordinal, after or before its month, is a day and no ordinal.
        for text in ["It flew on July 15th, 2006.", "It flew on the 15th of July 2006.", "It flew on 15th July 2006."] {
            let (q, d) = extract(&analyse(text));
            assert_eq!(d, [Date { month: 7, day: Some(15) }], "{text}");
            assert!(q.iter().all(|q| q.kind == QKind::Year), "{text}: {q:?}");
        }
    }
}
