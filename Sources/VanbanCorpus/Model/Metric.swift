/// A measurable chỉ tiêu and the shapes a sentence setting it takes.
struct Metric: Sendable {
    enum Form: Sendable {
        /// "Thu ngân sách nhà nước trên địa bàn đạt 4.800 tỷ đồng"
        case amount(subject: String, verb: String)
        /// "100% hồ sơ được giải quyết đúng hạn"
        case share(tail: String)
        /// "Giảm 1,5% tỷ lệ hộ nghèo" / "Tỷ lệ hộ nghèo giảm 1,5%"
        case change(object: String, verb: String)
        /// "Tổ chức 14 phiên giao dịch việc làm"
        case count(lead: String, tail: String)
    }

    let form: Form
    let unit: String
    let low: Double
    let high: Double
    let decimals: Int

    init(_ form: Form, _ unit: String, _ low: Double, _ high: Double, decimals: Int = 0) {
        self.form = form
        self.unit = unit
        self.low = low
        self.high = high
        self.decimals = decimals
    }
}
