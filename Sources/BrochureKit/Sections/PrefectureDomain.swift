/// Names the prefecture a local-government e-mail domain belongs to: `pref.okinawa.lg.jp` is 沖縄県.
///
/// Every prefecture mails from `pref.<name>.lg.jp` (a department's host may stand before it,
/// `gbox.pref.osaka.lg.jp`), as a ministry mails from its `go.jp` label: a closed list of 47
/// names, so the domain names the publisher as surely as a ministry's does, whatever the
/// cover's title set around it (a ruby, a background word) does to the title's line.
enum PrefectureDomain {
    /// The prefecture named by `domain`, or nil for any other domain (a city's `city.…`,
    /// the Metropolitan Police's `keishicho.metro.tokyo.lg.jp`).
    static func prefecture(_ domain: String) -> String? {
        let labels = domain.lowercased().split(separator: ".").map(String.init)
        guard labels.count >= 4, labels.suffix(2) == ["lg", "jp"], labels[labels.count - 4] == "pref" else { return nil }
        return names[labels[labels.count - 3]]
    }

    /// The prefectures by the label of their domain.
    static let names: [String: String] = [
        "hokkaido": "北海道", "aomori": "青森県", "iwate": "岩手県", "miyagi": "宮城県", "akita": "秋田県", "yamagata": "山形県",
        "fukushima": "福島県", "ibaraki": "茨城県", "tochigi": "栃木県", "gunma": "群馬県", "saitama": "埼玉県", "chiba": "千葉県",
        "kanagawa": "神奈川県", "niigata": "新潟県", "toyama": "富山県", "ishikawa": "石川県", "fukui": "福井県",
        "yamanashi": "山梨県", "nagano": "長野県", "gifu": "岐阜県", "shizuoka": "静岡県", "aichi": "愛知県", "mie": "三重県",
        "shiga": "滋賀県", "kyoto": "京都府", "osaka": "大阪府", "hyogo": "兵庫県", "nara": "奈良県", "wakayama": "和歌山県",
        "tottori": "鳥取県", "shimane": "島根県", "okayama": "岡山県", "hiroshima": "広島県", "yamaguchi": "山口県",
        "tokushima": "徳島県", "kagawa": "香川県", "ehime": "愛媛県", "kochi": "高知県", "fukuoka": "福岡県", "saga": "佐賀県",
        "nagasaki": "長崎県", "kumamoto": "熊本県", "oita": "大分県", "miyazaki": "宮崎県", "kagoshima": "鹿児島県",
        "okinawa": "沖縄県",
    ]
}
