//! A place name's other spellings: with spaces for its hyphens, without its accents. Its own
//! file, with nothing imported, because `build.rs` uses it too: it ships a place name once
//! ("são paulo", "rostov-on-don") and the lexicon reads the other spellings ("sao paulo",
//! "rostov on don") back from it.

/// The other ways `name` is written: hyphens as spaces, accents dropped ([`unaccented`]), and
/// both ("île-de-france": "île de france", "ile-de-france", "ile de france"). Some may be
/// `name` itself.
pub fn variants(name: &str) -> [String; 3] {
    let plain = unaccented(name);
    [name.replace('-', " "), plain.replace('-', " "), plain]
}

/// `s` with each accented Latin-1 lowercase letter as its plain letter ("são paulo" is "sao
/// paulo", "ß" is "s"); every other character kept.
pub fn unaccented(s: &str) -> String {
    // The plain letters of U+00DF..=U+00FF; '?' where there is none ("÷", "þ").
    const PLAIN: &[u8; 33] = b"saaaaaaaceeeeiiiidnooooo?ouuuuy?y";
    s.chars()
        .map(|c| match (c as u32).checked_sub(0xDF).and_then(|i| PLAIN.get(i as usize)) {
            Some(&p) if p != b'?' => p as char,
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{unaccented, variants};

    #[test]
    fn accented_letters_lose_their_accents() {
        assert_eq!(unaccented("são paulo, québec, córdoba, zürich, ñuñoa, straße"), "sao paulo, quebec, cordoba, zurich, nunoa, strase");
        // Letters past Latin-1, signs and capitals: kept.
        assert_eq!(unaccented("łódź ÷ þ Ä"), "łodź ÷ þ Ä");
        assert_eq!(variants("île-de-france"), ["île de france", "ile de france", "ile-de-france"]);
    }
}
