/// The agencies and commissions attached to a ministry (外局) and its special organs, which write from their
/// ministry's mail domain: 文化庁's staff have `mext.go.jp` addresses, 林野庁's `maff.go.jp`.
///
/// A brochure whose contacts are at a ministry's domain is the agency's when the text names
/// that agency more than the ministry: a ministry's own brochure names its agencies in
/// passing, an agency's names itself in its title and throughout.
enum ExternalAgency {
    /// Agency → the ministry whose domain it uses.
    static let ministry: [String: String] = [
        "消防庁": "総務省", "公安調査庁": "法務省", "出入国在留管理庁": "法務省", "国税庁": "財務省",
        "文化庁": "文部科学省", "スポーツ庁": "文部科学省", "林野庁": "農林水産省", "水産庁": "農林水産省",
        "資源エネルギー庁": "経済産業省", "中小企業庁": "経済産業省", "特許庁": "経済産業省",
        "観光庁": "国土交通省", "気象庁": "国土交通省", "海上保安庁": "国土交通省", "運輸安全委員会": "国土交通省",
        "原子力規制委員会": "環境省", "防衛装備庁": "防衛省", "公正取引委員会": "内閣府", "国家公安委員会": "内閣府",
        "個人情報保護委員会": "内閣府", "金融庁": "内閣府", "消費者庁": "内閣府", "こども家庭庁": "内閣府",
        "宮内庁": "内閣府", "公害等調整委員会": "総務省", "公安審査委員会": "法務省",
        "カジノ管理委員会": "内閣府", "中央労働委員会": "厚生労働省",
        // Special organs (特別の機関), which write from their ministry's domain as often.
        "国土地理院": "国土交通省", "海難審判所": "国土交通省", "検察庁": "法務省",
    ]

    /// The agency of `ministry` that `scores` (name → weighted mentions) rank above the
    /// ministry itself, if any.
    static func publisher(under ministry: String, scores: [String: Int]) -> String? {
        let own = scores[ministry] ?? 0
        return scores.filter { self.ministry[$0.key] == ministry && $0.value > own }
            .max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }
}
