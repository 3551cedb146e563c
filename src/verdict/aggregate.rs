//! [`collect`]: every candidate sentence judged (the model asked only where it can change the
//! outcome), then folded into each article's stances and verdict, strongest evidence first.

use super::decision::{stance_of_fnc, ArticleVerdict, DecidedBy, Nli, SentenceVerdict, Verdicts, OUTWEIGHED_CUE};
use super::policy::compose;
use super::tuning::{MAX_EVIDENCE, MODEL_PER_ARTICLE, MODEL_PER_CHECK};
use crate::fnc::Label;
use crate::retrieve::candidates::{Claim, Found, Hit};
use crate::retrieve::index::{Index, IndexedSentence};
use crate::stance::{Reason, Stance};

/// Folds the candidate sentences into article verdicts (as a tantivy Collector folds hits):
/// each hit is judged by the rules and composed with the sentence-pair model's probabilities
/// (`nli`, per sentence), then each article takes its strongest stances; `learned` holds the
/// FNC-1 article model's view per article, which decides in [`Verdicts::Fnc`] (and is empty
/// otherwise). Articles come out strongest first.
pub fn collect(
    index: &Index,
    claim: &Claim,
    found: &Found,
    nli: &mut dyn FnMut(&IndexedSentence) -> Option<Nli>,
    learned: &[(usize, [f32; 4])],
    mode: Verdicts,
) -> Vec<ArticleVerdict> {
    let mut per_article: std::collections::BTreeMap<usize, Vec<SentenceVerdict>> = Default::default();
    // The model is asked only where it can change the outcome — a sentence the rules take no
    // position on — and, strongest candidates first, at most MODEL_PER_ARTICLE times per
    // article and MODEL_PER_CHECK times per check: each answer costs about a millisecond.
    // The articles asked about, once per answer (at most MODEL_PER_CHECK: a list is enough).
    let mut asked: Vec<usize> = Vec::new();
    for hit in &found.hits {
        let s = &found.sentences[&hit.sentence];
        let rule = crate::stance::judge(index, claim, hit, s);
        let silent = rule.stances == [Stance::Mentions] && !rule.reason.is_structured() && claim.is_statement();
        let per = asked.iter().filter(|&&a| a == s.article).count();
        let probs = if silent && per < MODEL_PER_ARTICLE && asked.len() < MODEL_PER_CHECK {
            asked.push(s.article);
            nli(s)
        } else {
            None
        };
        let mut decision = compose(rule, probs, index, claim, hit, s);
        // A name or a topic is mentioned, never supported or contradicted.
        if !claim.is_statement() {
            let j = &mut decision.judgement;
            j.stances = vec![Stance::Mentions];
            j.reason = Reason::None;
            j.cue = None;
            j.cue_at = None;
            j.score = hit.coverage * 0.5;
            decision.decided_by = DecidedBy::Rules;
        }
        // A weak candidate was only there for the model: shown when it takes a position.
        if hit.weak && decision.judgement.stances == [Stance::Mentions] {
            continue;
        }
        per_article.entry(s.article).or_default().push(SentenceVerdict { hit: hit.clone(), decision });
    }
    for &(ai, _) in learned {
        per_article.entry(ai).or_default();
    }
    // Where the evidence starts in the article (a linked denial shows the sentence it answers).
    let start = |h: &Hit| index.sentences[h.from].start;
    let mut articles = Vec::new();
    for (ai, mut evidence) in per_article {
        let p = learned.iter().find(|(a, _)| *a == ai).map(|(_, p)| *p);
        if evidence.is_empty() && p.is_none() {
            continue;
        }
        // A contradiction the model alone found yields to a support or a denial the rules
        // read in the same article: the article reports the claim, and the model's
        // contradiction is most often the claim said in other words ("Turkey is sending
        // rebels from areas of northern Syria it controls" read as contradicting "moving
        // rebels from Syrian territory it holds in the north"). The sentence stays shown, as
        // a mention that says why. (Seen seed sets: of such articles, 2 of 21 expected a
        // contradiction.)
        let says = |e: &SentenceVerdict, st: Stance| e.decision.judgement.stances.contains(&st);
        let by_model = |e: &SentenceVerdict| e.decision.decided_by == DecidedBy::Model;
        if evidence.iter().any(|e| !by_model(e) && (says(e, Stance::Supports) || says(e, Stance::Denial)))
            && !evidence.iter().any(|e| !by_model(e) && says(e, Stance::Contradicts))
        {
            for e in evidence.iter_mut().filter(|e| says(e, Stance::Contradicts)) {
                let j = &mut e.decision.judgement;
                j.stances = vec![Stance::Mentions];
                j.cue = Some(OUTWEIGHED_CUE.into());
                j.cue_at = None;
                e.decision.decided_by = DecidedBy::Rules;
            }
        }
        let stance_of = |e: &SentenceVerdict| e.decision.judgement.stances[0];
        // Positions first, then strength, then place. (Insertion sorts: an article's evidence
        // is bounded by the sentences a check analyses, and the standard sort would compile
        // again for this type, ~4 KB of WebAssembly.)
        let order = |a: &SentenceVerdict, b: &SentenceVerdict| {
            (stance_of(a) == Stance::Mentions)
                .cmp(&(stance_of(b) == Stance::Mentions))
                .then(b.decision.judgement.score.total_cmp(&a.decision.judgement.score))
                .then(start(&a.hit).cmp(&start(&b.hit)))
        };
        crate::sort_short(&mut evidence, |a, b| order(a, b).is_lt());
        // The strongest evidence of each stance, and who decided it.
        let mut best: Vec<(Stance, f32, DecidedBy)> = Vec::new();
        for e in &evidence {
            for &st in &e.decision.judgement.stances {
                let score = e.decision.judgement.score;
                match best.iter_mut().find(|(s, _, _)| *s == st) {
                    Some(b) if score > b.1 => *b = (st, score, e.decision.decided_by),
                    Some(_) => {}
                    None => best.push((st, score, e.decision.decided_by)),
                }
            }
        }
        // A sentence that negates what the claim says of its names outweighs a support that
        // does not say it ("Macron's office did not provide further information about the
        // mercenaries" against the office's statement, for "Macron's office gave further
        // details about the mercenaries"): the support was about the names.
        // (The negating sentence names the claim's subject: its first name, else its first word.
        // "The opposition did not win the vote" is not about "Lena Varro won the vote".)
        // (Terms are in the claim's order.)
        let subject = claim.terms.iter().position(|t| t.name).unwrap_or(0);
        let said = |st: Stance, negation: bool| {
            evidence
                .iter()
                .filter(|e| {
                    stance_of(e) == st
                        && (!negation || (e.decision.judgement.reason == Reason::Negation && e.hit.matched.get(subject).is_some_and(|m| !m.is_empty())))
                })
                .map(|e| e.hit.predicate_coverage(index, claim))
                .fold(-1.0f32, f32::max)
        };
        if said(Stance::Contradicts, true) > said(Stance::Supports, false) {
            best.retain(|(s, _, _)| *s != Stance::Supports);
        }
        // Mentions only count when nothing takes a position.
        let takes_position = best.iter().any(|(s, _, _)| *s != Stance::Mentions);
        if takes_position {
            best.retain(|(s, _, _)| *s != Stance::Mentions);
        }
        match mode {
            Verdicts::Fnc => {
                let Some(p) = p else { continue };
                let has_denial = best.iter().any(|(s, _, _)| *s == Stance::Denial);
                let label = Label::argmax(&p);
                let Some(stance) = stance_of_fnc(label, has_denial) else { continue };
                best = vec![(stance, p[label as usize], DecidedBy::Model)];
            }
            Verdicts::Evidence => {
                if best.is_empty() {
                    continue;
                }
            }
        }
        // Strongest first.
        crate::sort_short(&mut best, |a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)).is_gt());
        // At equal strength, a refutation comes before a support that only passes on someone's
        // assertion ("Posts claim P. Experts say this is false."): the article reports the
        // claim and answers it. Both stances stay listed.
        let reported = |e: &SentenceVerdict| e.decision.judgement.reason == Reason::Assertion && e.decision.judgement.cue.is_some();
        if best.len() > 1
            && best[0].0 == Stance::Supports
            && best[1].1 >= best[0].1
            && matches!(best[1].0, Stance::Contradicts | Stance::Denial)
            && evidence.iter().find(|e| stance_of(e) == Stance::Supports).is_some_and(reported)
        {
            best.swap(0, 1);
        }
        let evidence_total = evidence.len();
        // Every stance the article is said to take is backed by a shown sentence: the
        // strongest sentence of each comes first, then the rest in order, up to MAX_EVIDENCE.
        let mut shown: Vec<SentenceVerdict> = Vec::with_capacity(MAX_EVIDENCE.min(evidence.len()));
        for (st, _, _) in &best {
            if let Some(i) = evidence.iter().position(|e| e.decision.judgement.stances.contains(st)) {
                shown.push(evidence.remove(i));
            }
        }
        shown.extend(evidence);
        shown.truncate(MAX_EVIDENCE.max(best.len()));
        // Shown in the usual order.
        crate::sort_short(&mut shown, |a, b| order(a, b).is_lt());
        articles.push(ArticleVerdict {
            article: ai,
            verdict: best[0].0,
            score: best[0].1,
            stances: best.iter().map(|b| b.0).collect(),
            evidence_total,
            evidence: shown,
            learned: p,
            decided_by: best[0].2,
        });
    }
    // (Articles with a hit: at most as many as hits, about a hundred.)
    crate::sort_short(&mut articles, |a, b| (a.verdict == Stance::Mentions).cmp(&(b.verdict == Stance::Mentions)).then(b.score.total_cmp(&a.score)).is_lt());
    articles
}
