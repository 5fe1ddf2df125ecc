/// A calendar day (proleptic Gregorian), with the ways Vietnamese letters write it.
public struct CalendarDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The `ordinal`-th day of `year`, counting from 0 (clamped to the year).
    public init(year: Int, dayOfYear ordinal: Int) {
        var rest = max(0, min(ordinal, CalendarDate.daysIn(year: year) - 1))
        var month = 1
        while rest >= CalendarDate.daysIn(month: month, year: year) {
            rest -= CalendarDate.daysIn(month: month, year: year)
            month += 1
        }
        self.init(year: year, month: month, day: rest + 1)
    }

    /// ISO `YYYY-MM-DD`.
    public var iso: String {
        "\(year)-\(Self.pad(month))-\(Self.pad(day))"
    }

    /// Days since 1 January of year 1, for ordering and arithmetic.
    public var serial: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += Self.daysIn(month: m, year: year) }
        return days + day - 1
    }

    /// The day `days` after this one (negative goes back), staying within the same year.
    public func adding(days: Int) -> CalendarDate {
        var ordinal = day - 1
        for m in 1..<month { ordinal += Self.daysIn(month: m, year: year) }
        return CalendarDate(year: year, dayOfYear: ordinal + days)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func daysIn(year: Int) -> Int {
        isLeap(year) ? 366 : 365
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ y: Int) -> Bool {
        (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    }

    static func pad(_ n: Int) -> String {
        n < 10 ? "0\(n)" : "\(n)"
    }
}
