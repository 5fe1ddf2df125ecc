import VanbanRecord

/// Writes chỉ tiêu clauses from a `Metric` ("Thu ngân sách nhà nước trên địa bàn đạt 4.800 tỷ đồng",
/// "Giảm 1,5% tỷ lệ hộ nghèo", "Phấn đấu tiếp nhận 1.600 lượt học viên ...") with the target the
/// gold records for them, and result sentences with figures that are not targets.
struct TargetPhraser {
    var rng: SeededRandom

    /// One target clause (no leading dash, no final punctuation) and its gold target.
    /// A parenthesised comparison may follow the figure: it belongs to the target, not a target itself.
    mutating func clause(_ metric: Metric, year: Int) -> (text: String, target: Target) {
        let n = VietnameseNumber.random(metric.low, metric.high, decimals: metric.decimals, using: &rng)
        let figure = n.text + (metric.unit == "%" ? "%" : " " + metric.unit)
        let strive = rng.chance(0.3)
        var text: String
        var name: String
        var comparison: String?
        switch metric.form {
        case .amount(let subject, let verb):
            name = subject
            comparison = verb == "là" ? nil : verb
            text = (strive ? "phấn đấu " : "") + "\(subject) \(verb) \(figure)"
        case .share(let tail):
            name = tail
            if rng.chance(0.3) {
                comparison = "đạt"
                text = (strive ? "phấn đấu " : "") + "tỷ lệ \(tail) đạt \(figure)"
            } else {
                comparison = strive ? "phấn đấu" : nil
                text = (strive ? "phấn đấu " : "") + "\(figure) \(tail)"
            }
        case .change(let object, let verb):
            name = object
            comparison = verb
            text = rng.chance(0.5) ? "\(verb) \(figure) \(object)" : "\(object) \(verb) \(figure)"
            if strive { text = "phấn đấu " + text }
        case .count(let lead, let tail):
            name = tail.isEmpty ? metric.unit : "\(metric.unit) \(tail)"
            comparison = strive ? "phấn đấu" : nil
            text = (strive ? "phấn đấu " : "") + "\(lead) \(figure)" + (tail.isEmpty ? "" : " \(tail)")
        }
        if metric.unit != "%", n.value >= 20, metric.decimals == 0, rng.chance(0.35) {
            let step = max(1, n.scaled / rng.int(8...20))
            let diff = VietnameseNumber(scaled: step, decimals: 0)
            let shown = step < 10 ? "0\(step)" : diff.text
            text += " (tăng \(shown) \(metric.unit) so với năm \(year - 1))"
        } else if metric.unit == "%", rng.chance(0.2) {
            text += " (năm \(year - 1) đạt \(VietnameseNumber.random(metric.low * 0.9, metric.high * 0.95, decimals: 1, using: &rng).text)%)"
        }
        text = Self.capitalized(text)
        return (text, Target(text: text, metric: name, value: n.value, unit: metric.unit, comparison: comparison))
    }

    /// A sentence on what was achieved ("Năm 2023, tỷ lệ ... đạt 97,8%, bằng 101,2% kế hoạch"): figures, no target.
    mutating func result(_ metric: Metric, year: Int) -> String {
        let n = VietnameseNumber.random(metric.low, metric.high, decimals: metric.decimals, using: &rng)
        let figure = n.text + (metric.unit == "%" ? "%" : " " + metric.unit)
        let plan = VietnameseNumber.random(92, 112, decimals: 1, using: &rng).text
        var core: String
        switch metric.form {
        case .amount(let subject, _): core = "\(subject) đạt \(figure)"
        case .share(let tail): core = "đã có \(figure) \(tail)"
        case .change(let object, let verb): core = "\(object) đã \(verb) \(figure)"
        case .count(let lead, let tail): core = "đã \(lead) \(figure)" + (tail.isEmpty ? "" : " \(tail)")
        }
        return "Năm \(year), \(core), bằng \(plan)% kế hoạch"
    }

    static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
