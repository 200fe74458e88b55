//! RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, <https://www.w3.org/TR/rdf-canon/>).
//!
//! [`canonicalize`] turns a dataset (a slice of [`Quad`]s, duplicates allowed) into its
//! canonical N-Quads: blank nodes relabelled `c14n0`, `c14n1`, … by the algorithm's hashes,
//! one statement per line, every line ending in `\n`, lines sorted by code point, duplicates
//! removed. Data Integrity proofs (`eddsa-rdfc-2022`, `Ed25519Signature2020`) sign the
//! SHA-256 of this text.
//!
//! The algorithm is §4.4 of the Recommendation: Hash First Degree Quads for every blank node,
//! canonical identifiers for the blank nodes whose first-degree hash is unique, then Hash
//! N-Degree Quads (with its permutation search and identifier-issuer copies) for the rest.
//!
//! **Dataset poisoning.** Hash N-Degree Quads is exponential on crafted inputs (cliques,
//! long chains of look-alike blank nodes). The work is metered (see
//! [`Limits::max_rdfc_work`]): each Hash N-Degree Quads call costs 1 plus the number of
//! quads it hashes, each permutation tried costs 1 plus the number of temporary identifiers
//! it copies. Recursion depth is bounded by [`Limits::max_rdfc_depth`]. A tripped bound
//! fails with `limit-exceeded`, as §4.1 of the Recommendation asks of implementations.
//!
//! Performance notes: every non-blank term is serialized once up front; hashes run over a
//! reused buffer; blank nodes are small integers.

use crate::code::{Param, Params};
use crate::collections::{HashMap, HashSet};
use crate::rdf::{Quad, Term};
use crate::Code;
use crate::{Error, Limits, Result};
use sha2::Digest;
use std::fmt::Write;

/// The hash function the algorithm runs with. RDFC-1.0 uses SHA-256 unless told otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HashAlgorithm {
    /// SHA-256, the default of RDFC-1.0 and what every Data Integrity suite uses except
    /// ecdsa-rdfc-2019 with a P-384 key.
    #[default]
    Sha256,
    /// SHA-384 (RDFC-1.0 allows choosing another hash; test075 of the W3C suite uses it, and
    /// so does ecdsa-rdfc-2019 with a P-384 key).
    Sha384,
}

/// The result of [`canonicalize_with`]: the canonical text and the issued identifier map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Canonicalized {
    /// The canonical N-Quads document (sorted lines, each ending in `\n`).
    pub nquads: String,
    /// Every input blank node label with its canonical label (`c14nN`), in issuance order.
    pub labels: Vec<(String, String)>,
}

/// Canonicalizes `quads` with RDFC-1.0 and SHA-256 and returns the canonical N-Quads.
///
/// ```
/// use badgeverify::{rdf::{Quad, Term}, rdfc, Limits};
/// let quad = Quad {
///     subject: Term::Blank("x".into()),
///     predicate: Term::Iri("http://example.org/p".into()),
///     object: Term::Iri("http://example.org/o".into()),
///     graph: None,
/// };
/// let text = rdfc::canonicalize(&[quad.clone(), quad], &Limits::default()).unwrap();
/// assert_eq!(text, "_:c14n0 <http://example.org/p> <http://example.org/o> .\n");
/// ```
///
/// # Errors
/// `limit-exceeded` when the dataset has more than [`Limits::max_quads`] quads or blank-node
/// hashing exceeds [`Limits::max_rdfc_work`] / [`Limits::max_rdfc_depth`] (a poisoned
/// dataset); `rdfc-invalid-quad` for a quad that is not RDF (a literal or blank node as
/// predicate, a literal as subject or graph name).
pub fn canonicalize(quads: &[Quad], limits: &Limits) -> Result<String> {
    Ok(canonicalize_with(quads, limits, HashAlgorithm::Sha256)?.nquads)
}

#[cfg(test)]
thread_local! {
    /// How many datasets this thread has canonicalized: the tests of `verify` show with it
    /// that a round whose signature checks are answered canonicalizes nothing.
    pub(crate) static CANONICALIZATIONS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Canonicalizes `quads` with RDFC-1.0 and the given hash, returning the text and the
/// issued identifier map.
///
/// # Errors
/// As [`canonicalize`].
pub fn canonicalize_with(
    quads: &[Quad],
    limits: &Limits,
    hash: HashAlgorithm,
) -> Result<Canonicalized> {
    #[cfg(test)]
    CANONICALIZATIONS.with(|c| c.set(c.get() + 1));
    if quads.len() > limits.max_quads {
        return Err(Error::limit("max_quads", limits.max_quads, "quads"));
    }
    let mut state = State::new(quads, limits, hash)?;
    state.run()?;
    Ok(state.finish())
}

/// A quad position: a pre-serialized term, or a blank node number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Text(usize),
    Blank(u32),
}

/// A quad with its terms interned.
#[derive(Clone, Copy, Debug)]
struct IQuad {
    s: Slot,
    p: usize,
    o: Slot,
    g: Option<Slot>,
}

/// A temporary identifier issuer (prefix `b`): the blank nodes in issuance order.
#[derive(Clone, Debug, Default)]
struct Issuer {
    order: Vec<u32>,
}

impl Issuer {
    fn get(&self, node: u32) -> Option<usize> {
        self.order.iter().position(|&n| n == node)
    }

    fn issue(&mut self, node: u32) -> usize {
        self.get(node).unwrap_or_else(|| {
            self.order.push(node);
            self.order.len() - 1
        })
    }
}

/// `(hash, node)` pairs grouped by hash, groups in hash order, nodes in their original order
/// (what a sorted map from hash to node list gives, without one more map type in the wasm).
fn group_by_hash(mut pairs: Vec<(String, u32)>) -> Vec<(String, Vec<u32>)> {
    crate::sort::sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
    let mut groups: Vec<(String, Vec<u32>)> = Vec::new();
    for (hash, node) in pairs {
        match groups.last_mut() {
            Some((last, nodes)) if *last == hash => nodes.push(node),
            _ => groups.push((hash, vec![node])),
        }
    }
    groups
}

struct State<'a> {
    limits: &'a Limits,
    hash: HashAlgorithm,
    /// Serialized non-blank terms (`<iri>`, `"literal"…`).
    texts: Vec<String>,
    quads: Vec<IQuad>,
    /// Input label of every blank node, by number.
    labels: Vec<&'a str>,
    /// Quads mentioning each blank node (indices into `quads`).
    node_quads: Vec<Vec<usize>>,
    /// Hash First Degree Quads of each blank node.
    first_degree: Vec<String>,
    /// Canonical number of each blank node, once issued.
    canonical: Vec<Option<usize>>,
    /// Blank nodes in canonical issuance order.
    canonical_order: Vec<u32>,
    work: usize,
    buf: String,
}

impl<'a> State<'a> {
    fn new(input: &'a [Quad], limits: &'a Limits, hash: HashAlgorithm) -> Result<Self> {
        let mut state = State {
            limits,
            hash,
            texts: Vec::new(),
            quads: Vec::with_capacity(input.len()),
            labels: Vec::new(),
            node_quads: Vec::new(),
            first_degree: Vec::new(),
            canonical: Vec::new(),
            canonical_order: Vec::new(),
            work: 0,
            buf: String::new(),
        };
        let mut seen: HashSet<&Quad> = HashSet::default();
        let mut nodes: HashMap<&'a str, u32> = HashMap::default();
        let mut texts: HashMap<&'a Term, usize> = HashMap::default();
        for quad in input {
            if !seen.insert(quad) {
                continue; // a dataset is a set
            }
            check_quad(quad)?;
            let index = state.quads.len();
            let mut slot = |term: &'a Term, state: &mut State<'a>| match term {
                Term::Blank(label) => {
                    let n = *nodes.get_or_insert_with(label.as_str(), || {
                        state.labels.push(label);
                        state.node_quads.push(Vec::new());
                        state.labels.len() as u32 - 1
                    });
                    let list = &mut state.node_quads[n as usize];
                    if list.last() != Some(&index) {
                        list.push(index);
                    }
                    Slot::Blank(n)
                }
                _ => Slot::Text(*texts.get_or_insert_with(term, || {
                    state.texts.push(term.to_string());
                    state.texts.len() - 1
                })),
            };
            let s = slot(&quad.subject, &mut state);
            let p = match slot(&quad.predicate, &mut state) {
                Slot::Text(t) => t,
                Slot::Blank(_) => return Err(invalid("a blank node as predicate")),
            };
            let o = slot(&quad.object, &mut state);
            let g = quad.graph.as_ref().map(|g| slot(g, &mut state));
            state.quads.push(IQuad { s, p, o, g });
        }
        state.canonical = vec![None; state.labels.len()];
        Ok(state)
    }

    fn run(&mut self) -> Result<()> {
        // §4.4.3 step 3: first-degree hashes, grouped; groups ordered by hash.
        let mut hashed = Vec::with_capacity(self.labels.len());
        for node in 0..self.labels.len() as u32 {
            let h = self.hash_first_degree(node);
            self.first_degree.push(h.clone());
            hashed.push((h, node));
        }
        let by_hash = group_by_hash(hashed);
        // Step 4: unique hashes get canonical identifiers in hash order.
        for (_, nodes) in &by_hash {
            if let [node] = nodes.as_slice() {
                self.issue_canonical(*node);
            }
        }
        // Step 5: the rest, through Hash N-Degree Quads.
        for (_, nodes) in by_hash.iter().filter(|(_, n)| n.len() > 1) {
            let mut results: Vec<(String, Issuer)> = Vec::new();
            for &node in nodes {
                if self.canonical[node as usize].is_some() {
                    continue;
                }
                let mut issuer = Issuer::default();
                issuer.issue(node);
                let h = self.hash_n_degree(node, &mut issuer, 1)?;
                results.push((h, issuer));
            }
            crate::sort::sort_by(&mut results, |a, b| a.0.cmp(&b.0));
            for (_, issuer) in results {
                for &node in &issuer.order {
                    self.issue_canonical(node);
                }
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Canonicalized {
        let mut lines: Vec<String> = Vec::with_capacity(self.quads.len());
        let quads = std::mem::take(&mut self.quads);
        for q in &quads {
            let mut line = String::new();
            self.write_quad(&mut line, q, |line, n| {
                // Every blank node has been issued by now; fall back to its input label
                // rather than panic if that invariant were ever broken.
                match self.canonical[n as usize] {
                    Some(c) => {
                        let _ = write!(line, "_:c14n{c}");
                    }
                    None => {
                        line.push_str("_:");
                        line.push_str(self.labels[n as usize]);
                    }
                }
            });
            lines.push(line);
        }
        crate::sort::sort(&mut lines);
        lines.dedup();
        let labels = self
            .canonical_order
            .iter()
            .enumerate()
            .map(|(c, &n)| (self.labels[n as usize].to_owned(), format!("c14n{c}")))
            .collect();
        Canonicalized {
            nquads: lines.concat(),
            labels,
        }
    }

    fn issue_canonical(&mut self, node: u32) {
        let slot = &mut self.canonical[node as usize];
        if slot.is_none() {
            *slot = Some(self.canonical_order.len());
            self.canonical_order.push(node);
        }
    }

    fn charge(&mut self, units: usize) -> Result<()> {
        self.work = self.work.saturating_add(units);
        if self.work > self.limits.max_rdfc_work {
            return Err(Error::limit(
                "max_rdfc_work",
                self.limits.max_rdfc_work,
                "rdfc-work",
            ));
        }
        Ok(())
    }

    /// Writes one N-Quads line (with ` .\n`), blank nodes written by `blank`.
    fn write_quad(&self, out: &mut String, q: &IQuad, mut blank: impl FnMut(&mut String, u32)) {
        let mut slot = |out: &mut String, s: Slot| match s {
            Slot::Text(t) => out.push_str(&self.texts[t]),
            Slot::Blank(n) => blank(out, n),
        };
        slot(out, q.s);
        out.push(' ');
        out.push_str(&self.texts[q.p]);
        out.push(' ');
        slot(out, q.o);
        if let Some(g) = q.g {
            out.push(' ');
            slot(out, g);
        }
        out.push_str(" .\n");
    }

    fn digest_hex(&self, data: &[u8]) -> String {
        match self.hash {
            HashAlgorithm::Sha256 => crate::encoding::hex(&sha2::Sha256::digest(data)),
            HashAlgorithm::Sha384 => crate::encoding::hex(&sha2::Sha384::digest(data)),
        }
    }

    /// §4.6 Hash First Degree Quads.
    fn hash_first_degree(&mut self, node: u32) -> String {
        let mut lines: Vec<String> = self.node_quads[node as usize]
            .iter()
            .map(|&qi| {
                let mut line = String::new();
                self.write_quad(&mut line, &self.quads[qi], |out, n| {
                    out.push_str(if n == node { "_:a" } else { "_:z" })
                });
                line
            })
            .collect();
        crate::sort::sort(&mut lines);
        self.buf.clear();
        for line in &lines {
            self.buf.push_str(line);
        }
        self.digest_hex(self.buf.as_bytes())
    }

    /// §4.7 Hash Related Blank Node.
    fn hash_related(&self, related: u32, q: &IQuad, issuer: &Issuer, position: char) -> String {
        let mut input = String::with_capacity(80);
        input.push(position);
        if position != 'g' {
            input.push_str(&self.texts[q.p]);
        }
        if let Some(c) = self.canonical[related as usize] {
            let _ = write!(input, "_:c14n{c}");
        } else if let Some(b) = issuer.get(related) {
            let _ = write!(input, "_:b{b}");
        } else {
            input.push_str(&self.first_degree[related as usize]);
        }
        self.digest_hex(input.as_bytes())
    }

    /// §4.8 Hash N-Degree Quads. `issuer` is replaced by the issuer of the result.
    fn hash_n_degree(&mut self, node: u32, issuer: &mut Issuer, depth: usize) -> Result<String> {
        if depth > self.limits.max_rdfc_depth {
            return Err(Error::limit(
                "max_rdfc_depth",
                self.limits.max_rdfc_depth,
                "rdfc-depth",
            ));
        }
        let quad_ids = std::mem::take(&mut self.node_quads[node as usize]);
        let charged = self.charge(1 + quad_ids.len());
        let mut related = Vec::new();
        if charged.is_ok() {
            for &qi in &quad_ids {
                let q = self.quads[qi];
                for (slot, position) in [(Some(q.s), 's'), (Some(q.o), 'o'), (q.g, 'g')] {
                    if let Some(Slot::Blank(other)) = slot {
                        if other != node {
                            let h = self.hash_related(other, &q, issuer, position);
                            related.push((h, other));
                        }
                    }
                }
            }
        }
        self.node_quads[node as usize] = quad_ids;
        charged?;

        let mut data = String::new();
        for (related_hash, mut list) in group_by_hash(related) {
            data.push_str(&related_hash);
            let mut chosen: Option<(String, Issuer)> = None;
            crate::sort::sort(&mut list);
            let mut more = true;
            while more {
                self.charge(1 + issuer.order.len())?;
                if let Some(result) =
                    self.try_permutation(&list, issuer, chosen.as_ref().map(|c| &c.0), depth)?
                {
                    chosen = Some(result);
                }
                more = next_permutation(&mut list);
            }
            if let Some((path, chosen_issuer)) = chosen {
                data.push_str(&path);
                *issuer = chosen_issuer;
            }
        }
        Ok(self.digest_hex(data.as_bytes()))
    }

    /// One permutation of §4.8.3 step 5.4: returns the path and issuer when the path is
    /// shorter (in code point order) than `chosen`, `None` when it is skipped.
    fn try_permutation(
        &mut self,
        permutation: &[u32],
        issuer: &Issuer,
        chosen: Option<&String>,
        depth: usize,
    ) -> Result<Option<(String, Issuer)>> {
        let worse = |path: &String| chosen.is_some_and(|c| path.len() >= c.len() && path > c);
        let mut copy = issuer.clone();
        let mut path = String::new();
        let mut recursion = Vec::new();
        for &related in permutation {
            if let Some(c) = self.canonical[related as usize] {
                let _ = write!(path, "_:c14n{c}");
            } else {
                if copy.get(related).is_none() {
                    recursion.push(related);
                }
                let b = copy.issue(related);
                let _ = write!(path, "_:b{b}");
            }
            if worse(&path) {
                return Ok(None);
            }
        }
        for related in recursion {
            let result = self.hash_n_degree(related, &mut copy, depth + 1)?;
            let b = copy.issue(related);
            let _ = write!(path, "_:b{b}<{result}>");
            if worse(&path) {
                return Ok(None);
            }
        }
        if chosen.is_some_and(|c| &path >= c) {
            return Ok(None);
        }
        Ok(Some((path, copy)))
    }
}

/// Steps `list` to the next lexicographic permutation; `false` after the last one.
/// Starting from sorted order this visits every distinct ordering once (repeated blank
/// nodes give identical paths, so skipping duplicate orderings changes no result).
fn next_permutation(list: &mut [u32]) -> bool {
    let Some(i) = list.windows(2).rposition(|w| w[0] < w[1]) else {
        return false;
    };
    let Some(j) = list.iter().rposition(|&x| x > list[i]) else {
        return false;
    };
    list.swap(i, j);
    list[i + 1..].reverse();
    true
}

fn check_quad(q: &Quad) -> Result<()> {
    if matches!(q.subject, Term::Literal { .. }) {
        return Err(invalid("literal-subject"));
    }
    if !matches!(q.predicate, Term::Iri(_)) {
        return Err(invalid("predicate-not-iri"));
    }
    if matches!(q.graph, Some(Term::Literal { .. })) {
        return Err(invalid("literal-graph"));
    }
    Ok(())
}

/// `rdfc-invalid-quad`; `reason`: `literal-subject`, `predicate-not-iri` or
/// `literal-graph` (statements RDF, and so RDFC-1.0, does not allow).
fn invalid(reason: &'static str) -> Error {
    Error::with(
        Code::RdfcInvalidQuad,
        Params::new().with(Param::Reason, reason),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn iri(s: &str) -> Term {
        Term::Iri(s.to_owned())
    }
    fn blank(s: &str) -> Term {
        Term::Blank(s.to_owned())
    }
    fn quad(s: Term, p: &str, o: Term) -> Quad {
        Quad {
            subject: s,
            predicate: iri(p),
            object: o,
            graph: None,
        }
    }

    #[test]
    fn permutations_visit_each_ordering_once() {
        let mut v = vec![1, 2, 3];
        let mut n = 1;
        while next_permutation(&mut v) {
            n += 1;
        }
        assert_eq!(n, 6);
        assert_eq!(v, vec![3, 2, 1]);
        let mut d = vec![1, 1, 2];
        let mut m = 1;
        while next_permutation(&mut d) {
            m += 1;
        }
        assert_eq!(m, 3);
    }

    #[test]
    fn rejects_non_rdf() {
        let q = quad(
            Term::Literal {
                value: "x".into(),
                datatype: crate::rdf::XSD_STRING.into(),
                language: None,
            },
            "urn:p",
            iri("urn:o"),
        );
        let e = canonicalize(&[q], &Limits::default()).unwrap_err();
        assert_eq!(e.code, Code::RdfcInvalidQuad);
    }

    #[test]
    fn relabelling_does_not_change_output() {
        let a = [
            quad(blank("x"), "urn:p", blank("y")),
            quad(blank("y"), "urn:p", blank("x")),
            quad(iri("urn:s"), "urn:q", blank("x")),
        ];
        let b = [
            quad(blank("n2"), "urn:p", blank("n1")),
            quad(iri("urn:s"), "urn:q", blank("n2")),
            quad(blank("n1"), "urn:p", blank("n2")),
        ];
        let limits = Limits::default();
        assert_eq!(
            canonicalize(&a, &limits).unwrap(),
            canonicalize(&b, &limits).unwrap()
        );
    }

    #[test]
    fn long_chain_of_look_alike_nodes_hits_a_limit() {
        // A ring of 400 identical blank nodes: Hash N-Degree Quads recurses around it.
        let n = 400;
        let quads: Vec<Quad> = (0..n)
            .map(|i| {
                quad(
                    blank(&format!("n{i}")),
                    "urn:next",
                    blank(&format!("n{}", (i + 1) % n)),
                )
            })
            .collect();
        let e = canonicalize(&quads, &Limits::default()).unwrap_err();
        assert_eq!(e.code, Code::LimitExceeded);
    }
}
