/// Fields of work of Party committees, with their tasks and chỉ tiêu.
enum PartyTopics {
    static let all: [Topic] = [
        Topic(key: "hcm", activity: "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", party: true, sectors: [],
              aims: [
                  "Nâng cao nhận thức của cán bộ, đảng viên về giá trị to lớn của tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                  "Gắn việc học tập và làm theo gương Bác với thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị",
              ],
              tasks: [
                  "Tổ chức học tập, quán triệt chuyên đề hằng năm đến toàn thể cán bộ, đảng viên",
                  "Xây dựng, nhân rộng các mô hình, điển hình tiên tiến trong học tập và làm theo gương Bác",
                  "Đề cao trách nhiệm nêu gương của người đứng đầu, cán bộ, đảng viên",
                  "Đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ thường kỳ",
              ],
              metrics: [
                  Metric(.share(tail: "cán bộ, đảng viên được học tập, quán triệt chuyên đề năm"), "%", 95, 100),
                  Metric(.count(lead: "biểu dương", tail: "tiêu biểu trong học tập và làm theo gương Bác"), "mô hình", 10, 80),
              ]),
        Topic(key: "dan-van", activity: "công tác dân vận", party: true, sectors: [],
              aims: [
                  "Tăng cường mối quan hệ mật thiết giữa Đảng với Nhân dân, củng cố khối đại đoàn kết toàn dân tộc",
                  "Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong công tác dân vận",
              ],
              tasks: [
                  "Thực hiện tốt quy chế dân chủ ở cơ sở, nắm chắc tình hình tư tưởng của Nhân dân",
                  "Đẩy mạnh phong trào thi đua Dân vận khéo trên các lĩnh vực",
                  "Tăng cường đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân",
              ],
              metrics: [
                  Metric(.count(lead: "công nhận", tail: "Dân vận khéo các cấp"), "mô hình", 20, 150),
                  Metric(.share(tail: "người đứng đầu cấp ủy, chính quyền cấp xã tổ chức đối thoại trực tiếp với Nhân dân"), "%", 100, 100),
              ]),
        Topic(key: "xay-dung-dang", activity: "xây dựng, chỉnh đốn Đảng và hệ thống chính trị", party: true, sectors: [],
              aims: [
                  "Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên",
                  "Xây dựng hệ thống chính trị trong sạch, vững mạnh, tinh gọn, hoạt động hiệu lực, hiệu quả",
              ],
              tasks: [
                  "Nâng cao chất lượng sinh hoạt chi bộ, thực hiện nghiêm nguyên tắc tập trung dân chủ",
                  "Làm tốt công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
                  "Chú trọng công tác phát triển đảng viên, nhất là trong đoàn viên thanh niên",
                  "Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên đúng thực chất",
              ],
              metrics: [
                  Metric(.share(tail: "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên"), "%", 85, 95),
                  Metric(.count(lead: "kết nạp", tail: "mới"), "đảng viên", 200, 2000),
                  Metric(.share(tail: "chi bộ tổ chức sinh hoạt chuyên đề theo quy định"), "%", 90, 100),
              ]),
    ]
}
