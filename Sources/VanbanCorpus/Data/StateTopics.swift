/// Fields of work of state bodies (UBND, Sở, service units), with their tasks and chỉ tiêu.
/// Task and aim sentences carry no figures: every figure in a letter comes from a `Metric`.
enum StateTopics {
    static let all: [Topic] = [
        Topic(key: "thi-dua", activity: "công tác thi đua, khen thưởng", party: false, sectors: [],
              aims: [
                  "Tạo sự chuyển biến mạnh mẽ trong nhận thức của cán bộ, công chức, viên chức và người lao động về vị trí, vai trò của công tác thi đua, khen thưởng",
                  "Phát huy những kết quả đã đạt được, tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua yêu nước theo hướng thiết thực, hiệu quả",
                  "Kịp thời phát hiện, bồi dưỡng, biểu dương và nhân rộng các điển hình tiên tiến, gương người tốt, việc tốt",
              ],
              tasks: [
                  "Tổ chức phát động phong trào thi đua gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, bảo đảm thiết thực, tránh hình thức",
                  "Đẩy mạnh công tác tuyên truyền về các phong trào thi đua, các điển hình tiên tiến trên các phương tiện thông tin đại chúng",
                  "Nâng cao chất lượng công tác khen thưởng, bảo đảm chính xác, kịp thời, công khai, minh bạch; chú trọng khen thưởng người lao động trực tiếp",
                  "Kiện toàn Hội đồng Thi đua - Khen thưởng, nâng cao năng lực tham mưu của bộ phận làm công tác thi đua, khen thưởng",
                  "Định kỳ sơ kết, tổng kết các phong trào thi đua, kịp thời rút kinh nghiệm và đề xuất khen thưởng",
              ],
              metrics: [
                  Metric(.share(tail: "cán bộ, công chức, viên chức hoàn thành tốt nhiệm vụ trở lên"), "%", 90, 100),
                  Metric(.share(tail: "tập thể, cá nhân được đề nghị khen thưởng có thành tích tiêu biểu trong phong trào thi đua"), "%", 15, 30),
                  Metric(.count(lead: "công nhận", tail: "có phạm vi ảnh hưởng cấp cơ sở"), "sáng kiến", 20, 150),
                  Metric(.count(lead: "biểu dương", tail: "điển hình tiên tiến trong các phong trào thi đua"), "tập thể", 10, 60),
              ]),
        Topic(key: "chuyen-doi-so", activity: "chuyển đổi số, phát triển chính quyền số", party: false, sectors: ["STTTT", "SNV", "SKHĐT", "SYT", "SGDĐT"],
              aims: [
                  "Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về vai trò, ý nghĩa của chuyển đổi số",
                  "Ứng dụng công nghệ số trong hoạt động của các cơ quan nhà nước, nâng cao chất lượng phục vụ người dân, doanh nghiệp",
                  "Xây dựng dữ liệu dùng chung, kết nối, chia sẻ dữ liệu giữa các cơ quan, đơn vị trên địa bàn",
              ],
              tasks: [
                  "Tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; phát triển tổ công nghệ số cộng đồng tại các thôn, bản, tổ dân phố",
                  "Triển khai xử lý hồ sơ công việc trên môi trường mạng, sử dụng chữ ký số chuyên dùng trong gửi, nhận văn bản điện tử",
                  "Rà soát, làm sạch dữ liệu, kết nối, chia sẻ với Cơ sở dữ liệu quốc gia về dân cư",
                  "Bảo đảm an toàn, an ninh mạng cho các hệ thống thông tin của cơ quan, đơn vị",
                  "Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình và thanh toán trực tuyến",
              ],
              metrics: [
                  Metric(.share(tail: "hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng"), "%", 85, 98),
                  Metric(.amount(subject: "tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", verb: "đạt"), "%", 80, 95),
                  Metric(.count(lead: "thành lập", tail: "công nghệ số cộng đồng"), "tổ", 100, 1500),
                  Metric(.amount(subject: "tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết", verb: "đạt"), "%", 80, 95),
              ]),
        Topic(key: "cai-cach", activity: "cải cách hành chính", party: false, sectors: ["SNV", "STP", "SKHĐT"],
              aims: [
                  "Nâng cao hiệu lực, hiệu quả hoạt động của bộ máy hành chính, xây dựng nền hành chính phục vụ",
                  "Cải thiện chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
              ],
              tasks: [
                  "Rà soát, đơn giản hóa thủ tục hành chính, công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa",
                  "Thực hiện nghiêm kỷ luật, kỷ cương hành chính; tăng cường kiểm tra công vụ, kiểm tra việc giải quyết thủ tục hành chính",
                  "Sắp xếp, kiện toàn tổ chức bộ máy theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả",
                  "Đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính",
                  "Tăng cường tuyên truyền về cải cách hành chính đến cán bộ, công chức và Nhân dân",
              ],
              metrics: [
                  Metric(.share(tail: "hồ sơ thủ tục hành chính được giải quyết đúng hạn"), "%", 95, 100),
                  Metric(.amount(subject: "mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính", verb: "đạt"), "%", 85, 95),
                  Metric(.count(lead: "tổ chức", tail: "kiểm tra công tác cải cách hành chính"), "cuộc", 6, 30),
              ]),
        Topic(key: "thien-tai", activity: "phòng, chống thiên tai và tìm kiếm cứu nạn", party: false, sectors: ["SNN"],
              aims: [
                  "Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương, hiệu quả hậu quả thiên tai",
                  "Giảm thiểu thiệt hại về người và tài sản, bảo đảm an toàn công trình thủy lợi, đê điều",
              ],
              tasks: [
                  "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp; phân công nhiệm vụ cụ thể cho từng thành viên",
                  "Rà soát, cập nhật phương án ứng phó với các loại hình thiên tai theo cấp độ rủi ro",
                  "Kiểm tra an toàn các hồ đập, công trình thủy lợi trước mùa mưa lũ",
                  "Chuẩn bị đầy đủ lực lượng, phương tiện, vật tư theo phương châm bốn tại chỗ",
                  "Tuyên truyền, hướng dẫn Nhân dân kỹ năng phòng, tránh thiên tai, nhất là lũ quét, sạt lở đất",
              ],
              metrics: [
                  Metric(.count(lead: "hỗ trợ di dời", tail: "ra khỏi vùng có nguy cơ sạt lở đất"), "hộ", 50, 800),
                  Metric(.count(lead: "kiểm tra an toàn", tail: "hồ đập trước mùa mưa lũ"), "công trình", 60, 400),
                  Metric(.share(tail: "cấp xã xây dựng phương án ứng phó thiên tai theo cấp độ rủi ro"), "%", 95, 100),
              ]),
        Topic(key: "giam-ngheo", activity: "giảm nghèo bền vững", party: false, sectors: ["SLĐTBXH"],
              aims: [
                  "Thực hiện giảm nghèo đa chiều, bao trùm, bền vững, hạn chế tái nghèo và phát sinh nghèo",
                  "Hỗ trợ người nghèo, hộ nghèo vượt lên mức sống tối thiểu, tiếp cận các dịch vụ xã hội cơ bản",
              ],
              tasks: [
                  "Triển khai đồng bộ các chính sách hỗ trợ người nghèo về y tế, giáo dục, nhà ở, nước sinh hoạt",
                  "Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế, nhân rộng mô hình giảm nghèo hiệu quả",
                  "Rà soát hộ nghèo, hộ cận nghèo bảo đảm đúng quy trình, công khai, dân chủ",
                  "Huy động các nguồn lực xã hội cho công tác giảm nghèo",
              ],
              metrics: [
                  Metric(.change(object: "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", verb: "giảm"), "%", 1, 4, decimals: 1),
                  Metric(.count(lead: "hỗ trợ xây dựng", tail: "cho hộ nghèo, hộ cận nghèo"), "căn nhà", 200, 2000),
                  Metric(.amount(subject: "dư nợ cho vay ưu đãi hộ nghèo, hộ cận nghèo", verb: "đạt"), "tỷ đồng", 100, 900),
                  Metric(.count(lead: "hỗ trợ vốn vay ưu đãi cho", tail: "nghèo, cận nghèo"), "hộ", 1000, 6000),
              ]),
        Topic(key: "nong-thon-moi", activity: "xây dựng nông thôn mới", party: false, sectors: ["SNN"],
              aims: [
                  "Nâng cao đời sống vật chất, tinh thần của người dân nông thôn, xây dựng kết cấu hạ tầng đồng bộ",
                  "Huy động sức mạnh của cả hệ thống chính trị và Nhân dân tham gia xây dựng nông thôn mới",
              ],
              tasks: [
                  "Tập trung chỉ đạo các xã phấn đấu đạt chuẩn nông thôn mới, nông thôn mới nâng cao",
                  "Phát triển sản xuất gắn với tiêu thụ sản phẩm, thực hiện có hiệu quả chương trình mỗi xã một sản phẩm",
                  "Huy động, lồng ghép các nguồn vốn để đầu tư kết cấu hạ tầng nông thôn",
                  "Giữ gìn cảnh quan, môi trường xanh, sạch, đẹp ở khu dân cư",
              ],
              metrics: [
                  Metric(.amount(subject: "số xã đạt chuẩn nông thôn mới", verb: "là"), "xã", 20, 120),
                  Metric(.amount(subject: "thu nhập bình quân đầu người khu vực nông thôn", verb: "đạt"), "triệu đồng/người/năm", 30, 60, decimals: 1),
                  Metric(.count(lead: "công nhận", tail: "OCOP từ ba sao trở lên"), "sản phẩm", 10, 80),
                  Metric(.count(lead: "cứng hóa", tail: "đường giao thông nông thôn"), "km", 50, 400),
              ]),
        Topic(key: "viec-lam", activity: "giải quyết việc làm và giáo dục nghề nghiệp", party: false, sectors: ["SLĐTBXH"],
              aims: [
                  "Tạo việc làm bền vững, nâng cao chất lượng nguồn nhân lực đáp ứng nhu cầu thị trường lao động",
                  "Gắn đào tạo nghề với giải quyết việc làm, chuyển dịch cơ cấu lao động",
              ],
              tasks: [
                  "Tổ chức các phiên giao dịch việc làm định kỳ, lưu động; cập nhật thông tin thị trường lao động",
                  "Đa dạng hóa hình thức đào tạo nghề, chú trọng đào tạo tại doanh nghiệp",
                  "Tư vấn, giới thiệu việc làm cho người lao động, nhất là lao động nông thôn",
                  "Kiểm tra việc thực hiện pháp luật lao động tại các doanh nghiệp trên địa bàn",
              ],
              metrics: [
                  Metric(.count(lead: "giải quyết việc làm mới cho", tail: ""), "lao động", 5000, 30000),
                  Metric(.count(lead: "tuyển sinh, đào tạo nghề cho", tail: ""), "người", 5000, 20000),
                  Metric(.count(lead: "tổ chức", tail: "giao dịch việc làm"), "phiên", 6, 24),
                  Metric(.amount(subject: "tỷ lệ lao động qua đào tạo", verb: "đạt"), "%", 55, 75, decimals: 1),
              ]),
        Topic(key: "y-te", activity: "phòng, chống dịch bệnh và chăm sóc sức khỏe Nhân dân", party: false, sectors: ["SYT"],
              aims: [
                  "Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch, không để dịch bệnh lan rộng",
                  "Nâng cao chất lượng khám bệnh, chữa bệnh và chăm sóc sức khỏe ban đầu cho Nhân dân",
              ],
              tasks: [
                  "Tăng cường giám sát dịch bệnh tại cộng đồng và cơ sở y tế, báo cáo kịp thời các trường hợp mắc bệnh",
                  "Tổ chức tiêm chủng đầy đủ, đúng lịch cho trẻ em trong độ tuổi",
                  "Bảo đảm thuốc, vật tư, trang thiết bị phục vụ công tác phòng, chống dịch",
                  "Đẩy mạnh truyền thông về các biện pháp phòng bệnh, vệ sinh môi trường",
              ],
              metrics: [
                  Metric(.share(tail: "trẻ em dưới một tuổi được tiêm chủng đầy đủ các loại vắc xin"), "%", 90, 98),
                  Metric(.amount(subject: "số giường bệnh trên vạn dân", verb: "đạt"), "giường", 25, 35, decimals: 1),
                  Metric(.amount(subject: "tỷ lệ dân số tham gia bảo hiểm y tế", verb: "đạt"), "%", 90, 98, decimals: 1),
              ]),
        Topic(key: "ma-tuy", activity: "phòng, chống ma túy và cai nghiện ma túy", party: false, sectors: ["SLĐTBXH", "SYT"],
              aims: [
                  "Kiềm chế, từng bước đẩy lùi tệ nạn ma túy, giảm người nghiện ma túy mới",
                  "Nâng cao hiệu quả công tác điều trị, cai nghiện và quản lý sau cai nghiện",
              ],
              tasks: [
                  "Tiếp nhận, điều trị cắt cơn, chữa trị cai nghiện cho học viên theo đúng phác đồ",
                  "Tổ chức giáo dục, tư vấn, trang bị kiến thức, kỹ năng xã hội cho học viên",
                  "Phối hợp với gia đình và chính quyền địa phương quản lý người sau cai nghiện",
                  "Bảo đảm an ninh, trật tự, không để xảy ra học viên bỏ trốn, gây rối",
              ],
              metrics: [
                  Metric(.count(lead: "tiếp nhận", tail: "vào điều trị, cai nghiện"), "lượt học viên", 500, 2000),
                  Metric(.share(tail: "học viên được điều trị cắt cơn, chữa trị cai nghiện theo đúng phác đồ"), "%", 100, 100),
                  Metric(.share(tail: "học viên được tham gia lao động trị liệu, học nghề"), "%", 80, 100),
              ]),
        Topic(key: "moi-truong", activity: "bảo vệ môi trường", party: false, sectors: ["STNMT"],
              aims: [
                  "Kiểm soát, ngăn ngừa ô nhiễm, cải thiện chất lượng môi trường sống",
                  "Nâng cao ý thức của cộng đồng, doanh nghiệp trong bảo vệ môi trường",
              ],
              tasks: [
                  "Tăng cường kiểm tra, xử lý nghiêm các hành vi vi phạm pháp luật về bảo vệ môi trường",
                  "Đầu tư hoàn thiện hệ thống thu gom, xử lý chất thải rắn sinh hoạt",
                  "Quan trắc, giám sát chất lượng môi trường tại các khu, cụm công nghiệp",
                  "Hưởng ứng các ngày lễ về môi trường, phát động phong trào chống rác thải nhựa",
              ],
              metrics: [
                  Metric(.share(tail: "chất thải rắn sinh hoạt đô thị được thu gom, xử lý"), "%", 85, 98),
                  Metric(.share(tail: "cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý"), "%", 90, 100),
                  Metric(.count(lead: "kiểm tra", tail: "sản xuất, kinh doanh"), "cơ sở", 30, 200),
              ]),
        Topic(key: "phap-luat", activity: "phổ biến, giáo dục pháp luật", party: false, sectors: ["STP"],
              aims: [
                  "Nâng cao ý thức tôn trọng, chấp hành pháp luật của cán bộ, công chức và Nhân dân",
                  "Đổi mới hình thức phổ biến, giáo dục pháp luật, ứng dụng công nghệ thông tin",
              ],
              tasks: [
                  "Tổ chức phổ biến các văn bản pháp luật mới ban hành đến cán bộ, công chức, viên chức",
                  "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                  "Củng cố, kiện toàn đội ngũ báo cáo viên, tuyên truyền viên pháp luật",
                  "Duy trì hoạt động tủ sách pháp luật, trang thông tin pháp luật trên cổng thông tin điện tử",
              ],
              metrics: [
                  Metric(.count(lead: "tổ chức", tail: "phổ biến pháp luật"), "hội nghị", 20, 200),
                  Metric(.count(lead: "tuyên truyền, phổ biến pháp luật cho", tail: ""), "lượt người", 10000, 90000),
                  Metric(.share(tail: "xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật"), "%", 85, 98),
              ]),
        Topic(key: "ngan-sach", activity: "thu, chi ngân sách nhà nước", party: false, sectors: ["STC", "SKHĐT"],
              aims: [
                  "Hoàn thành vượt mức dự toán thu ngân sách, chi ngân sách tiết kiệm, hiệu quả",
                  "Đẩy nhanh tiến độ giải ngân vốn đầu tư công ngay từ đầu năm",
              ],
              tasks: [
                  "Tăng cường quản lý thu, chống thất thu, xử lý nợ đọng thuế",
                  "Quản lý chặt chẽ chi ngân sách, thực hiện tiết kiệm chi thường xuyên",
                  "Đẩy nhanh giải ngân vốn đầu tư công, xử lý dứt điểm các dự án chậm tiến độ",
                  "Công khai, minh bạch dự toán và quyết toán ngân sách theo quy định",
              ],
              metrics: [
                  Metric(.amount(subject: "thu ngân sách nhà nước trên địa bàn", verb: "đạt"), "tỷ đồng", 1000, 25000),
                  Metric(.amount(subject: "tổng vốn đầu tư phát triển toàn xã hội", verb: "đạt"), "tỷ đồng", 10000, 60000),
                  Metric(.change(object: "tổng sản phẩm trên địa bàn (GRDP)", verb: "tăng"), "%", 6, 9, decimals: 1),
                  Metric(.amount(subject: "giá trị hàng hóa xuất khẩu", verb: "đạt"), "triệu USD", 100, 900),
                  Metric(.share(tail: "kế hoạch vốn đầu tư công được giải ngân"), "%", 90, 100),
              ]),
        Topic(key: "du-lich", activity: "phát triển du lịch", party: false, sectors: ["SVHTTDL"],
              aims: [
                  "Phát triển du lịch trở thành ngành kinh tế quan trọng, gắn với bảo tồn bản sắc văn hóa các dân tộc",
                  "Nâng cao chất lượng dịch vụ, quảng bá hình ảnh du lịch của tỉnh",
              ],
              tasks: [
                  "Tổ chức các sự kiện văn hóa, thể thao, du lịch gắn với lễ hội truyền thống",
                  "Xây dựng sản phẩm du lịch đặc trưng, du lịch cộng đồng, du lịch nông nghiệp",
                  "Tăng cường quản lý nhà nước về du lịch, bảo đảm môi trường du lịch an toàn, thân thiện",
                  "Đẩy mạnh xúc tiến, quảng bá du lịch trên các nền tảng số",
              ],
              metrics: [
                  Metric(.count(lead: "đón", tail: "du lịch"), "lượt khách", 500000, 5000000),
                  Metric(.amount(subject: "tổng thu từ khách du lịch", verb: "đạt"), "tỷ đồng", 1000, 10000),
                  Metric(.count(lead: "công nhận", tail: "du lịch cộng đồng"), "điểm", 3, 20),
              ]),
        Topic(key: "giao-thong", activity: "bảo đảm trật tự, an toàn giao thông", party: false, sectors: ["SGTVT"],
              aims: [
                  "Kéo giảm tai nạn giao thông trên cả ba tiêu chí, kiềm chế ùn tắc giao thông",
                  "Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông của người tham gia giao thông",
              ],
              tasks: [
                  "Tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ, tải trọng",
                  "Rà soát, xử lý các điểm đen, điểm tiềm ẩn nguy cơ tai nạn giao thông",
                  "Tuyên truyền pháp luật về trật tự, an toàn giao thông trong trường học",
                  "Quản lý chặt chẽ hoạt động vận tải, bến xe, phương tiện thủy nội địa",
              ],
              metrics: [
                  Metric(.change(object: "số vụ tai nạn giao thông so với cùng kỳ", verb: "giảm"), "%", 5, 10),
                  Metric(.count(lead: "xử lý dứt điểm", tail: "đen về tai nạn giao thông"), "điểm", 3, 25),
              ]),
        Topic(key: "rung", activity: "quản lý, bảo vệ và phát triển rừng", party: false, sectors: ["SNN"],
              aims: [
                  "Bảo vệ diện tích rừng hiện có, nâng cao độ che phủ rừng",
                  "Phòng ngừa, ngăn chặn các hành vi vi phạm pháp luật về lâm nghiệp",
              ],
              tasks: [
                  "Tăng cường tuần tra, kiểm soát, phát hiện và xử lý kịp thời các vụ cháy rừng",
                  "Thực hiện giao rừng, cho thuê rừng gắn với giao đất lâm nghiệp",
                  "Hỗ trợ người dân trồng rừng sản xuất, phát triển kinh tế dưới tán rừng",
              ],
              metrics: [
                  Metric(.amount(subject: "tỷ lệ che phủ rừng", verb: "đạt"), "%", 40, 65, decimals: 1),
                  Metric(.count(lead: "trồng mới", tail: "rừng tập trung"), "ha", 500, 5000),
              ]),
        Topic(key: "giao-duc", activity: "nâng cao chất lượng giáo dục và đào tạo", party: false, sectors: ["SGDĐT"],
              aims: [
                  "Nâng cao chất lượng giáo dục toàn diện, đổi mới phương pháp dạy và học",
                  "Phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục đáp ứng yêu cầu đổi mới",
              ],
              tasks: [
                  "Triển khai có hiệu quả chương trình giáo dục phổ thông mới",
                  "Đầu tư cơ sở vật chất, xây dựng trường học đạt chuẩn quốc gia",
                  "Thực hiện tốt công tác phổ cập giáo dục, xóa mù chữ",
                  "Tăng cường ứng dụng công nghệ thông tin trong dạy học và quản lý",
              ],
              metrics: [
                  Metric(.amount(subject: "tỷ lệ trường đạt chuẩn quốc gia", verb: "đạt"), "%", 50, 80, decimals: 1),
                  Metric(.share(tail: "học sinh tốt nghiệp trung học phổ thông"), "%", 95, 99.5, decimals: 1),
                  Metric(.count(lead: "xây mới", tail: "học kiên cố"), "phòng", 50, 400),
              ]),
    ]
}
