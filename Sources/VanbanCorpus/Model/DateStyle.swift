/// The ways a date is written inside Vietnamese letters (citations, the place-and-date line).
public enum DateStyle: String, Sendable, CaseIterable {
    /// `5/3/2020`
    case slash
    /// `05/03/2020`
    case slashPadded
    /// `05.3.2020` (day padded, month not)
    case dots
    /// `05-3-2020`
    case dashes
    /// `05 tháng 3 năm 2020` (after "ngày"), padding by the decree's rule
    case words

    /// The date in this style, without the leading "ngày".
    public func format(_ d: CalendarDate) -> String {
        switch self {
        case .slash: return "\(d.day)/\(d.month)/\(d.year)"
        case .slashPadded: return "\(CalendarDate.pad(d.day))/\(CalendarDate.pad(d.month))/\(d.year)"
        case .dots: return "\(CalendarDate.pad(d.day)).\(d.month).\(d.year)"
        case .dashes: return "\(CalendarDate.pad(d.day))-\(d.month)-\(d.year)"
        case .words: return DateStyle.decreeWords(d, padAllMonths: false)
        }
    }

    /// `05 tháng 01 năm 2020`: days under 10 and months 1-2 take a leading zero (Nghị định 30/2020);
    /// `padAllMonths` writes `tháng 06` as some offices do.
    public static func decreeWords(_ d: CalendarDate, padAllMonths: Bool) -> String {
        let month = (d.month <= 2 || padAllMonths) ? CalendarDate.pad(d.month) : "\(d.month)"
        return "\(CalendarDate.pad(d.day)) tháng \(month) năm \(d.year)"
    }
}
