import ArgumentParser

/// `--raw-csv`: CSV cells as they are, without the formula guard (see `CSV`).
struct CSVOptions: ParsableArguments {
    @Flag(name: .customLong("raw-csv"), help: """
        In CSV, write cells as they are. By default a cell that starts with =, +, -, @, a tab \
        or a carriage return gets a ' before it, so that a spreadsheet does not run it as a \
        formula (OWASP's CSV injection rule, applied to every cell).
        """)
    var raw = false

    var csv: CSV { CSV(raw: raw) }
}
