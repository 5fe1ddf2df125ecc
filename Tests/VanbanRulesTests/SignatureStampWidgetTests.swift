import Testing
@testable import VanbanRules

/// Stamps as signing software draws them in a signature widget (the PDF reader puts them after the
/// body): the organisation in "Cơ quan:", the time also written dd-mm-yyyy.
@Suite struct SignatureStampWidgetTests {
    @Test func theOrganisationAndADashedTimeAreRead() {
        let text = """
        GIÁM ĐỐC
        Trần Văn Hùng
        Ký bởi: ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
        Email: ubmttqvn@lamdong.gov.vn
        Cơ quan: ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM
        Ngày ký: 13-11-2025 14:01:26 +07:00
        """
        let f = HeaderRules.read(text)
        #expect(f.signature?.signer == "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG")
        #expect(f.signature?.authority == "ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM")
        #expect(f.signature?.signedAt == "2025-11-13T14:01:26+07:00")
        #expect(f.signer?.name == "Trần Văn Hùng")
    }
}
