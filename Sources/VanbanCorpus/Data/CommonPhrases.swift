/// Sentences any letter may use, whatever its topic. `{self}` is the issuer's own name,
/// `{a}` the topic's activity. None carries a figure.
enum CommonPhrases {
    static let requirements = [
        "Việc triển khai phải bảo đảm nghiêm túc, thiết thực, hiệu quả, tránh hình thức, lãng phí",
        "Xác định rõ nhiệm vụ, trách nhiệm của từng cơ quan, đơn vị và người đứng đầu trong tổ chức thực hiện",
        "Phát huy sự phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương trong quá trình thực hiện",
        "Thường xuyên theo dõi, kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh",
    ]
    static let shortcomings = [
        "Tuy nhiên, việc triển khai ở một số cơ quan, đơn vị còn chậm, chưa đồng bộ; công tác phối hợp có lúc chưa chặt chẽ",
        "Bên cạnh kết quả đạt được, một số nhiệm vụ chưa hoàn thành đúng tiến độ; nguồn lực bố trí còn hạn chế",
        "Nguyên nhân chủ yếu là do nhận thức, trách nhiệm của một số cán bộ chưa cao, điều kiện kinh tế - xã hội còn nhiều khó khăn",
    ]
    static let funding = [
        "Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn huy động hợp pháp khác",
        "Các cơ quan, đơn vị sử dụng nguồn kinh phí được giao trong dự toán hằng năm để triển khai thực hiện, bảo đảm tiết kiệm, hiệu quả",
    ]
    static let proposals = [
        "Đề nghị cấp trên quan tâm bố trí nguồn lực, hướng dẫn tháo gỡ các khó khăn, vướng mắc trong quá trình thực hiện",
        "Đề nghị tiếp tục quan tâm chỉ đạo, tạo điều kiện để đơn vị hoàn thành tốt nhiệm vụ được giao",
    ]
    /// Whom a chỉ thị orders: a province's heads, a district's, a Party committee's members.
    static let chiefs = [
        "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố",
        "Thủ trưởng các cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân các xã, thị trấn",
        "Các cấp ủy, tổ chức đảng; cán bộ, đảng viên",
    ]
    /// Who attends a meeting: of a province, a district, a department or unit, a Party committee.
    static let attendees = [
        "lãnh đạo các sở, ngành liên quan và đại diện Ủy ban nhân dân các huyện, thành phố",
        "lãnh đạo các phòng, ban chuyên môn và Chủ tịch Ủy ban nhân dân các xã, thị trấn",
        "lãnh đạo, trưởng các phòng chuyên môn và đơn vị trực thuộc",
        "các đồng chí Ủy viên Ban Thường vụ và lãnh đạo các ban xây dựng Đảng",
    ]
}
