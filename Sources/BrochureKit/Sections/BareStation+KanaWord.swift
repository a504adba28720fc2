extension BareStation {
    /// Where a station's name starts in a run that opens with a word in hiragana before two
    /// kanji or more (`ことでん高松築港`, `ふくい福井` after `ハピライン`), or two katakana or
    /// more (`ゆりかもめテレコムセンター`): the kana word is an operator's or a line's name (a
    /// railway's nickname, a line named in kana after its katakana brand, a transit line named
    /// in kana with no `線`), the rest the station's. Nil for a run of kana alone (`つくば`),
    /// or one ending in a single kanji (`ときわ台`, `あざみ野`): a station's own name.
    static func afterKanaWord(_ run: Substring) -> String.Index? {
        let kana = run.prefix(while: Script.isHiragana)
        let rest = run[kana.endIndex...]
        guard kana.count >= 2, rest.count >= 2, rest.allSatisfy(Script.isKanji) || rest.allSatisfy(Script.isKatakana) else { return nil }
        return kana.endIndex
    }
}
