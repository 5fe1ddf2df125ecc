/// Word pairs for `OCRRepair.mendingTones`, as data, written by scripts/ocr-word-pairs.py. Counted
/// on about 1,100 official letters read from their text layers (PDF, DOCX; none of them a scan):
/// `toned` holds the pairs with a tone mark found in at least 20 letters; `asRead` the pairs
/// that hold a syllable as Tesseract leaves it when it drops a tone ("tô", "thông", "nhân") and are
/// words as they stand: found in at least 3 letters, or as a toned pair's toneless form in
/// more than 3 % of its uses ("nhân dân", "truyền thông", "hồ sơ"). Lowercase, NFC,
/// pairs separated by "|".
enum OCRWordPairs {
    static let toned = """
        an toàn|an tỉnh|ban chấp|ban chỉ|ban chủ|ban giám|ban hành|ban kiểm|ban quản|ban thường|ban tổ|ban đầu|bao gồm
        binh và|biên bản|biểu dương|biểu mẫu|biểu quyết|biểu trong|biện pháp|bàn tỉnh|bám sát|báo cáo|báo kết|bên cạnh
        bình thuận|bí thư|bản chỉ|bản có|bản của|bản hướng|bản quy|bản số|bản thông|bản và|bản đồ|bảo lâm|bảo lộc
        bảo theo|bảo tính|bảo vệ|bảo đảm|bằng cách|bằng văn|bền vững|bố danh|bố trí|bồi dưỡng|bổ sung|bộ chính|bộ chưa
        bộ chỉ|bộ công|bộ cơ|bộ khối|bộ máy|bộ nội|bộ phận|bộ thông|bộ trưởng|bộ trực|bộ tư|bộ tỉnh|cao chất|cao hiệu
        cao nhất|chi bộ|chi phí|chi tiết|chia sẻ|chiếm tỷ|chiến lược|cho các|cho cán|cho người|cho phép|cho từng
        cho việc|chung của|chuyên đề|chuyển đổi|chuẩn bị|chuẩn tối|chánh văn|chí minh|chí thành|chí đánh|chính công
        chính cấp|chính của|chính nhà|chính năm|chính phủ|chính quyền|chính sách|chính theo|chính thức|chính trị
        chính tại|chính tỉnh|chính và|chính xác|chính được|chú trọng|chưa chặt|chưa có|chưa hoàn|chưa thực|chưa được
        chưa đồng|chương trình|chấm điểm|chấp hành|chất lượng|chặt chẽ|chẽ giữa|chế của|chế một|chế và|chế độ|chỉ số
        chỉ thị|chỉ tiêu|chỉ được|chỉ đạo|chịu trách|chủ nghĩa|chủ nhiệm|chủ trì|chủ trương|chủ tịch|chủ yếu|chủ động
        chức bộ|chức chính|chức các|chức của|chức danh|chức hoàn|chức hành|chức hội|chức năng|chức phát|chức quán
        chức thực|chức triển|chức trong|chức và|chức vụ|chức đại|chức đảng|chức đối|chứng minh|chứng viên|chữ ký
        cung cấp|cuối cùng|cuộc họp|cà mau|cá nhân|các ban|các báo|các bộ|các chi|các chính|các chỉ|các chức|các cuộc
        các công|các cơ|các cấp|các doanh|các dịch|các giải|các hoạt|các huyện|các hệ|các hội|các khu|các kiến
        các lĩnh|các lớp|các mô|các mục|các nguồn|các ngành|các nhiệm|các nội|các phong|các phòng|các phó|các phương
        các quy|các quyết|các sở|các thành|các thôn|các thông|các tiêu|các trường|các tài|các tỉnh|các tổ|các văn
        các vấn|các xã|các điển|các đoàn|các đơn|các đại|các địa|các đối|các đồng|các ứng|cách chấm|cách hành|cách hồ
        cách thể|cách thủ|cách đánh|cán bộ|cáo ban|cáo chủ|cáo của|cáo kết|cáo số|cáo sở|cáo tình|cáo và|cáo về
        cáo định|cáo ủy|cát tiên|cân bằng|còn chậm|còn hạn|còn nhiều|có chỉ|có các|có công|có cơ|có hiệu|có hội|có khó
        có kết|có liên|có lúc|có nhiều|có phát|có phạm|có số|có sự|có thành|có thẩm|có thể|có trách|có tên|có văn
        có yêu|có ý|có đơn|công bố|công chức|công chứng|công lập|công nghiệp|công nghệ|công nhận|công thức|công trực
        công tác|công việc|công vụ|cùng tên|căn cứ|cũng như|cơ bản|cơ chế|cơ cấu|cơ sở|cường công|cạnh kết|cả các
        cải cách|cải thiện|cấp có|cấp dịch|cấp hiện|cấp huyện|cấp sở|cấp thông|cấp trên|cấp tỉnh|cấp xã|cấp ủy
        cấu trúc|cấu tổ|cần thiết|cầu các|cầu của|cập nhật|cổng dịch|cổng thông|cộng hoà|cộng hòa|cộng sản|cộng đồng
        cụ thể|của ban|của bộ|của chính|của chủ|của cá|của các|của cán|của công|của cơ|của cấp|của doanh|của hiệp
        của hệ|của hội|của liên|của luật|của lãnh|của mô|của một|của người|của nhà|của pháp|của quốc|của sở|của thủ
        của trung|của tỉnh|của tổ|của từng|của ubnd|của văn|của đơn|của đảng|của địa|của ủy|cứ kế|cứ luật|cứ nghị
        cứ quy|cứ quyết|cứu đã|danh mục|danh sách|di động|diện tích|do bộ|do nhận|do đó|do đảng|doanh nghiệp|du lịch
        dung chủ|dung này|duy trì|duyệt điều|duyệt đề|dân chủ|dân các|dân cấp|dân số|dân tỉnh|dân tộc|dân và|dân vận
        dùng chung|dương tập|dương và|dưới số|dưới thì|dẫn các|dẫn cách|dẫn có|dẫn của|dẫn một|dẫn số|dẫn đến|dịch vụ
        dục và|dụng các|dụng công|dụng dịch|dụng nguồn|dụng trong|dụng tài|dụng và|dữ liệu|dự kiến|dự thảo|dự toán
        dự án|dựa trên|dựng chương|dựng cơ|dựng hệ|dựng kế|dựng nội|dựng và|ghi chú|ghi nhận|ghi rõ|gia về|gia đình
        giai đoạn|gian ký|gian thực|gian tới|giao diện|giao dịch|giao nhiệm|giao sở|giá chung|giá giá|giá là|giá thực
        giá trị|giá và|giám sát|giám đốc|giáo dục|giáo tỉnh|giúp việc|giải ngân|giải pháp|giải quyết|giải thể
        giải trình|giản hóa|giới hành|giới thiệu|giữa các|góp phần|góp ý|gắn với|gọi là|gọi tắt|gồm các|gỡ khó|gửi hồ
        gửi kèm|hiển thị|hiện chế|hiện chỉ|hiện các|hiện có|hiện công|hiện cơ|hiện hành|hiện không|hiện kế|hiện nay
        hiện nghiêm|hiện nghị|hiện nhiệm|hiện năm|hiện phù|hiện quy|hiện quyết|hiện theo|hiện tốt|hiện việc|hiện và
        hiện đúng|hiện được|hiện đầy|hiệp hội|hiệu lực|hiệu năng|hiệu quả|hoang dã|hoà xã|hoàn thiện|hoàn thành
        hoàn toàn|hoạch cụ|hoạch kiểm|hoạch này|hoạch phát|hoạch số|hoạch thực|hoạch triển|hoạt động|hoặc không|huy sự
        huy động|huyện ủy|huấn luyện|hà lâm|hà nội|hài lòng|hàm thuận|hàng năm|hành chính|hành các|hành công|hành hội
        hành kèm|hành kế|hành kỷ|hành nghị|hành pháp|hành quy|hành quyết|hành trung|hành và|hành văn|hành động
        hình học|hình thành|hình thức|hình thực|hình tiên|hình tổ|hình và|hình ảnh|hòa xã|hóa hồ|hướng dẫn|hướng đến
        hạ tầng|hạn chế|hạn của|hạnh phúc|hải dương|hằng năm|hệ thống|học sâu|học tập|học và|hồ chí|hồ sơ|hỗ trợ
        hội ban|hội chủ|hội còn|hội có|hội công|hội cùng|hội của|hội do|hội doanh|hội hoạt|hội mới|hội nghị|hội nhiệm
        hội năm|hội phải|hội quần|hội theo|hội trong|hội viên|hội và|hội về|hội đã|hội đồng|hợp chặt|hợp các|hợp có
        hợp kết|hợp nhất|hợp pháp|hợp quy|hợp theo|hợp thực|hợp tác|hợp với|khai các|khai kế|khai phải|khai thác
        khai thực|khai ở|khen thưởng|khi có|khi thực|khi được|khoa học|khoản công|khoản điều|khu vực|khác có|khác nhau
        khác theo|khó khăn|không bị|không có|không kịp|không phải|không thực|không đúng|không được|không đầy|khả năng
        khảo sát|khắc phục|khối các|kinh nghiệm|kinh phí|kinh tế|kiến các|kiến của|kiến nghị|kiến như|kiến thức
        kiến trúc|kiểm chứng|kiểm soát|kiểm toán|kiểm tra|kiện kinh|kiện toàn|kèm dự|kèm theo|kê và|kích hoạt
        kích thước|kính báo|kính gửi|kính trình|ký số|kế hoạch|kết các|kết hợp|kết luận|kết nạp|kết nối|kết quả
        kết thúc|kể từ|kịp thời|kỳ báo|kỳ của|kỳ sơ|kỷ luật|kỹ năng|kỹ thuật|lao động|liên hệ|liên tục|liên đoàn
        liệu của|liệu kiểm|liệu quốc|liệu số|liệu đã|loài động|luận của|luật có|luật của|luật sư|luật sửa|luật tổ
        luật và|luật về|là báo|là các|là cần|là do|là kế|là một|là số|là tỉnh|là tổng|làm công|làm theo|làm việc
        lâm hà|lâm đồng|lãng phí|lãnh đạo|lên thì|lòng của|lúc chưa|lý các|lý của|lý do|lý hội|lý lịch|lý nhà|lý trên
        lý tài|lý và|lý văn|lĩnh vực|lưu trữ|lượng công|lấy ý|lần thứ|lập các|lập tổ|lệ của|lệ hiệp|lệ hồ|lệ hội
        lệ liên|lệ số|lịch tư|lộ trình|lợi ích|lực bố|lực kể|mang lại|mau về|minh bạch|mà không|máy của|máy tính
        mình để|mô hình|môi trường|môn thuộc|môn và|mạnh công|mạnh mẽ|mẫu số|mắc phát|mắc trong|mặt trận|một cách
        một cửa|một lần|một phần|một số|một trong|mới có|mới công|mục tiêu|mục đích|mức độ|nghiêm các|nghiêm trọng
        nghiêm túc|nghiên cứu|nghiệm và|nghiệp công|nghiệp trong|nghiệp tỉnh|nghiệp và|nghiệp vụ|nghĩa việt|nghĩa vụ
        nghề nghiệp|nghệ số|nghệ thông|nghị ban|nghị cho|nghị chủ|nghị các|nghị cấp|nghị của|nghị khen|nghị phê
        nghị quyết|nghị đã|nghị định|ngoài ra|ngoại vụ|nguyên tắc|nguyên và|nguyễn văn|nguyễn đức|nguồn huy|nguồn kinh
        nguồn lực|nguồn ngân|ngành và|ngày ký|ngày tháng|ngân sách|người dân|người dùng|người lao|người đứng|nhiều khó
        nhiều kết|nhiệm của|nhiệm kỳ|nhiệm thi|nhiệm vụ|nhu cầu|nhà nước|nhân chủ|nhân có|nhân lực|nhân rộng|nhân sự
        nhân được|nhóm nghiên|như điều|nhất hội|nhất là|nhận diện|nhận thức|nhận và|nhận được|nhập hội|nhập vào
        nhằm nâng|những cơ|những kết|những nội|này có|này giúp|này là|này và|này xây|nâng cấp|nêu rõ|nông nghiệp
        năm của|năm hoàn|năm và|năm với|năm đánh|năm đạt|năm để|năng lực|năng số|nơi nhận|nước có|nước giao|nước theo
        nước trên|nước và|nước về|nếu có|nếu không|nền tảng|nội bộ|nội dung|nội vụ|phan thiết|phong cách|phong trào
        pháp khác|pháp luật|pháp lý|pháp về|phát hiện|phát huy|phát sinh|phát triển|phát động|phân cấp|phân loại
        phân phối|phân quyền|phân tích|phép sáp|phép thành|phép đổi|phê duyệt|phí thực|phí được|phòng chuyên
        phòng chính|phòng chủ|phòng sở|phòng tổ|phòng ubnd|phó bí|phó chủ|phó giám|phó trưởng|phù hợp|phương có
        phương cấp|phương hướng|phương ngày|phương pháp|phương thức|phương tiện|phương và|phương án|phường bảo
        phường xuân|phạm pháp|phạm vi|phải bảo|phải thực|phải được|phản ánh|phấn đấu|phần mềm|phận một|phố trực
        phối hợp|phổ biến|phụ lục|phụ trách|phục vụ|phủ quy|phủ và|phủ về|phức tạp|qua các|qua kiểm|qua kết|quan chịu
        quan có|quan hành|quan hệ|quan nhà|quan trọng|quan tỉnh|quan tổ|quan và|quan đến|quy chế|quy phạm|quy trình
        quy định|quyết của|quyết hồ|quyết này|quyết số|quyết thủ|quyết về|quyết đại|quyết định|quyền của|quyền giải
        quyền hạn|quyền phê|quyền quy|quyền số|quyền điện|quyền địa|quá trình|quán triệt|quả các|quả công|quả giải
        quả theo|quả thực|quả tích|quả về|quả đánh|quả đại|quả đạt|quản lý|quản trị|quần chúng|quốc gia|quốc hội
        quốc việt|quỹ từ|quỹ xã|ra các|rà soát|rõ lý|rõ nhiệm|rõ số|rút kinh|rộng các|sau sáp|sinh hoạt|so với
        sung một|sách nhà|sách đỏ|sáng kiến|sáp nhập|sát nội|sát và|sơ kết|sơ thủ|sơ trực|sơ yếu|sơ đề|sư tỉnh
        sản công|sản phẩm|sản việt|sản xuất|sắp xếp|sẻ dữ|sẽ được|số cao|số cho|số cơ|số cải|số cộng|số của|số hóa
        số hồ|số liệu|số lượng|số nhiệm|số năm|số nội|số quốc|số theo|số thấp|số trong|số trung|số và|số vấn|số điều
        số đạt|sở công|sở dữ|sở giáo|sở khoa|sở lao|sở nêu|sở nông|sở nội|sở pháp|sở thông|sở tài|sở tư|sở văn|sở xây
        sử dụng|sửa đổi|sự cần|sự nghiệp|sự phối|sự phục|tham dự|thang điểm|thanh toán|thao và|thay thế|thay đổi
        theo các|theo dõi|theo hướng|theo kế|theo nghị|theo quyết|theo thẩm|theo đó|theo đúng|theo đề|thi hành
        thiết bị|thiết kế|thiết lập|thiết thực|thiết và|thiện hồ|thiện quy|thu thập|thuận lợi|thuận thành|thuận và
        thuận được|thuật toán|thuộc phạm|thuộc sở|thuộc thẩm|thuộc trung|thuộc tỉnh|thuộc tổ|thuộc ubnd|thành các
        thành công|thành hội|thành liên|thành lập|thành phần|thành phố|thành tích|thành tốt|thành viên|thành việc
        thành đúng|tháng năm|tháo gỡ|thì điểm|thì đạt|thí điểm|thông báo|thông suốt|thúc đẩy|thư ký|thương mại
        thường trực|thường vụ|thường xuyên|thưởng có|thưởng năm|thảo kế|thảo quyết|thảo điều|thấp nhất|thẩm quyền
        thẩm định|thể chế|thể của|thể hiện|thể như|thể thao|thể điển|thị số|thị trường|thị trấn|thị xã|thống chính
        thống kê|thống nhất|thống thông|thời các|thời gian|thời hạn|thời phát|thời rút|thời tháo|thời điểm|thủ trưởng
        thủ tướng|thủ tục|thức của|thức tổ|thực hiện|thực tế|tin cậy|tin của|tin giải|tin và|tin điện|tin đại|tinh gọn
        tinh thần|tiên tiến|tiêu biểu|tiêu chuẩn|tiêu chí|tiêu chủ|tiến hành|tiến trong|tiến trên|tiến độ|tiếp cận
        tiếp nhận|tiếp theo|tiếp tục|tiết kiệm|tiện thông|toàn bộ|toàn diện|toàn thông|toàn thể|toàn trình|toàn tỉnh
        toán hằng|toán trực|tra của|tra hồ|tra tỉnh|tra việc|trang thiết|trao đổi|triển chính|triển khai|triển kinh
        triển nông|triển sản|trong các|trong dự|trong giải|trong hoạt|trong nội|trong phạm|trong quá|trong thời
        trong thực|trong tỉnh|trong tổ|trong việc|trong đó|trung bình|truy cập|truyền thông|truyền thống|truyền về
        trào thi|trách nhiệm|tránh hình|trân trọng|trên các|trên cổng|trên hệ|trên tập|trên địa|trình chủ|trình ghi
        trình hành|trình số|trình thực|trình và|trình ủy|trí còn|trí từ|trí việc|trích xuất|trò của|trước khi
        trước ngày|trước sắp|trường học|trường hợp|trường mạng|trưởng ban|trưởng bộ|trưởng các|trưởng phòng|trả lời
        trận tổ|trị của|trị về|trọng số|trọng tâm|trở lên|trợ người|trụ sở|trực thuộc|trực tiếp|trực tuyến|trực tỉnh
        tuyên giáo|tuyên truyền|tuyến toàn|tuyển dụng|tuân thủ|tài chính|tài khoản|tài liệu|tài nguyên|tài sản|tài trợ
        tác chỉ|tác cải|tác khen|tác kiểm|tác lãnh|tác phối|tác quản|tác thi|tác tuyên|tâm lãnh|tâm phối|tên gọi
        tên hội|tìm kiếm|tình hình|tích chập|tích cực|tích hợp|tính toán|tính điểm|tôn giáo|túc triển|tăng cường
        tư pháp|tư số|tư tưởng|tư vấn|tương ứng|tướng chính|tại bộ|tại các|tại công|tại cơ|tại khoản|tại luật|tại mẫu
        tại nghị|tại phụ|tại quyết|tại trung|tại điều|tại điểm|tại địa|tạo ra|tạo sự|tạo điều|tất cả|tập dữ|tập huấn
        tập thể|tập trung|tập và|tắt là|tế số|tỉnh ban|tỉnh bình|tỉnh cà|tỉnh có|tỉnh hải|tỉnh lâm|tỉnh như|tỉnh theo
        tỉnh trước|tỉnh và|tỉnh về|tỉnh xem|tỉnh đã|tỉnh được|tỉnh đắk|tỉnh ủy|tịch hội|tịch ubnd|tịch và|tịch ủy
        tốc độ|tối thiểu|tối đa|tối ưu|tốt công|tốt một|tốt nhiệm|tồn tại|tổ chức|tổ công|tổ quốc|tổng hợp|tổng kết
        tổng số|tổng điểm|tộc và|tờ trình|tục hành|tục và|tục được|tục đổi|từ các|từ nguồn|từ ngày|từ những|từ thiện
        từ trở|từ đến|từng cơ|tử của|tử sở|tử tỉnh|tử đơn|tự do|tự nhiên|tự đánh|tự động|tỷ lệ|tỷ đồng|ubnd các
        ubnd cấp|ubnd ngày|ubnd phường|ubnd tỉnh|ubnd xã|vai trò|vi phạm|vi quản|vi tỉnh|viên chức|viên có|viên của
        viên hội|viên mới|viên và|viên được|việc ban|việc cho|việc của|việc giải|việc hướng|việc làm|việc phê|việc sắp
        việc sử|việc thành|việc thực|việc tiếp|việc triển|việc tại|việc tổ|việc xây|việc xử|việc đề|việc đổi|việt nam
        và ban|và báo|và bảo|và chỉ|và cá|và các|và có|và công|và căn|và cơ|và du|và dự|và giải|và gửi|và hiệu|và hoàn
        và hoạt|và hướng|và hệ|và hội|và khoản|và không|và kết|và luật|và làm|và lĩnh|và môi|và nghị|và nguyên
        và người|và nhân|và phát|và phân|và phê|và phù|và phương|và quy|và quyết|và quản|và sử|và theo|và thực
        và triển|và truyền|và tài|và tôn|và tương|và tỉnh|và tổ|và tỷ|và ubnd|và xác|và xã|và xử|và điều|và đào|và đơn
        và được|và đề|vào các|vào hội|ví dụ|văn bản|văn hóa|văn phòng|văn số|vướng mắc|vấn đề|vận hành|vận tải
        vận động|vật chất|vật hoang|về ban|về các|về công|về cải|về hội|về kế|về kết|về lãnh|về mặt|về nội|về quy
        về quản|về sở|về thực|về tiếp|về tài|về tình|về tăng|về tổ|về việc|về đẩy|về đề|vệ và|vị chủ|vị còn|vị có
        vị căn|vị hành|vị liên|vị mình|vị nghiêm|vị quan|vị sử|vị sự|vị thuộc|vị triển|vị trí|vị trực|vị và|với các
        với công|với cơ|với hội|với nhiệm|với những|với năm|với quy|với sở|với sự|với thực|với tình|với tổng|với từng
        với việc|vụ báo|vụ cho|vụ chính|vụ chưa|vụ có|vụ công|vụ của|vụ hành|vụ kính|vụ người|vụ nhận|vụ năm|vụ theo
        vụ trong|vụ trở|vụ tỉnh|vụ và|vụ về|vụ đã|vụ được|vụ đảng|vụ đề|vực hoạt|xem xét|xuất của|xuất khen|xác nhận
        xác định|xây dựng|xã bảo|xã hàm|xã hòa|xã hồng|xã hội|xã nam|xã quảng|xã thuận|xã tuy|xã tà|xã tân|xã đam
        xã đạ|xã đắk|xã đức|xét đề|xảy ra|xếp loại|xếp tổ|xếp đơn|xử lý|yêu cầu|yếu là|yếu lý|yếu sau|yếu tố|áp dụng
        ít nhất|ông nguyễn|ý của|ý dự|ý kiến|đa dạng|điều chỉnh|điều của|điều hành|điều kiện|điều lệ|điều nghị
        điều này|điều tra|điều và|điều điểm|điểm các|điểm theo|điểm tối|điểm tự|điểm đánh|điểm đạt|điển hình
        điện thoại|điện tử|đoàn luật|đoàn thể|đà lạt|đào tạo|đánh giá|đánh tra|đánh đánh|đáp ứng|đây là|đã ban|đã có
        đã giải|đã hoàn|đã nêu|đã thực|đã tiến|đã triển|đã tổ|đã xây|đã được|đã đạt|đính kèm|đó có|đóng góp|đóng vai
        đô thị|đôn đốc|đúng hạn|đúng quy|đúng theo|đúng thời|đúng tiến|đăng ký|đơn giản|đơn vị|đơn đề|đưa vào|được ban
        được bố|được chủ|được cung|được các|được công|được cấp|được giao|được giải|được hướng|được phát|được phê
        được quy|được số|được thực|được triển|được xử|được đơn|được đề|đạ huoai|đạ tẻh|đại biểu|đại chúng|đại diện
        đại hội|đạo các|đạo của|đạo sở|đạo tỉnh|đạo điều|đạo đức|đạt dưới|đạt nhiều|đạt từ|đạt tỷ|đạt điểm|đạt được
        đảm an|đảm bảo|đảm nghiêm|đảm tiết|đảng bộ|đảng cộng|đảng quan|đảng trực|đảng viên|đảng và|đảng ủy|đấu hoàn
        đấu trong|đầu mối|đầu trong|đầu tư|đầy đủ|đẩy mạnh|đắk lắk|đắk nông|đặc biệt|đặc khu|đặc trưng|đặt tại|đến các
        đến dưới|đến nay|đến ngày|đến năm|đến tổ|đến việc|đề nghị|đề ra|đề xuất|đề án|để các|để có|để nâng|để thực
        để triển|để tạo|để tổng|để được|để đảm|địa bàn|địa chỉ|địa giới|địa phương|địa điểm|định cho|định chỉ
        định chức|định công|định cụ|định của|định hướng|định kỳ|định này|định phê|định rõ|định số|định thành|định thì
        định tại|định và|định về|đốc sở|đối chiếu|đối thoại|đối tượng|đối với|đồng bộ|đồng chí|đồng khen|đồng là
        đồng nhân|đồng thi|đồng thành|đồng thời|đồng tại|đồng và|đồng về|đồng ý|đồng đã|đổi mới|đổi số|đổi tên|độ báo
        độ chính|độ hài|độc lập|đội ngũ|động chính|động của|động hiệu|động hợp|động phong|động phạm|động theo
        động thực|động trong|động và|động vật|động xây|đủ các|đủ hoặc|đủ điều|đức vũ|đứng đầu|ưu hóa|ảnh hưởng|ổn định
        ở các|ở một|ở tỉnh|ủy ban|ủy khối|ủy sở|ủy viên|ứng các|ứng dụng|ứng với|ứng yêu
        """

    static let asRead = """
        ai bên|an cấp|an giang|an nhân|an ninh|an sinh|an tinh|an toàn|an tỉnh|ban bí|ban ch|ban chap|ban chdp
        ban chuyên|ban chấp|ban chỉ|ban chủ|ban cán|ban cơ|ban của|ban dân|ban giám|ban hdnh|ban hành|ban hội|ban khác
        ban ki|ban kiểm|ban lâm|ban mttq|ban mặt|ban ngành|ban ngày|ban nh|ban nhan|ban nhdn|ban nhân|ban quan
        ban quản|ban quốc|ban sáng|ban thudng|ban thường|ban trung|ban trực|ban tuyên|ban tổ|ban v|ban vi|ban và
        ban vì|ban vận|ban xây|ban đêm|ban đầu|bao cao|bao gồm|bao phủ|bao trùm|bao điện|bdn tinh|bi n|bi u|binh thu
        binh thuan|binh thufln|binh thufn|binh thuin|binh thuqn|binh và|biên bản|biên chế|biên tập|biến thiên
        biểu công|biểu dương|biểu trong|buôn ma|bà lê|bàn giao|bào dân|bá du|bên a|bên b|bên có|bên cạnh|bên dưới
        bên liên|bên ngoài|bên phải|bên trong|bên trái|bình dân|bình minh|bình quân|bí thư|bùi thanh|băng hoàn
        băng layer|băng rộng|băng tham|băng thông|bạch trong|bản ban|bản công|bản giao|bản quy|bản thông|bảo an
        bảo nguyên|bầu ban|bầu ra|bầu trong|bậc hai|bắc gia|bằng công|bằng thư|bệnh nhân|bị che|bị công|bị quan
        bị trong|bỏ qua|bộ chuyên|bộ câu|bộ công|bộ phân|bộ thông|bộ trong|bộ tư|bộ y|c chi|c co|c nghi|c thanh
        ca công|cai nghiện|cam ly|can thiệp|cao bằng|cao cho|cao chất|cao chỉ|cao các|cao của|cao hiệu|cao hơn
        cao kiến|cao mức|cao như|cao nhất|cao nhận|cao năng|cao sự|cao tinh|cao trong|cao trách|cao trình|cao tuổi
        cao tỷ|cao và|cao về|cao xuống|cao ý|cao đạo|cao đẳng|cao để|cao độ|cao đời|cchc thông|cchc trong|ceng hoa
        chap hanh|che khuất|che phủ|chi bộ|chi cho|chi các|chi cục|chi của|chi hoạt|chi hội|chi khác|chi nguy|chi ngân
        chi nhánh|chi phí|chi s|chi thuê|chi thường|chi thực|chi ti|chi tiết|chi tiền|chi trực|chi tài|chi đầu|chinh c
        chinh d|chinh pht|chinh quy|chinh tinh|chir tich|chiu tr|cho ban|cho bên|cho công|cho kinh|cho nhân|chri tich
        chri tri|chrl tich|cht tich|cht tri|chu nghia|chu tich|chung cho|chung có|chung cơ|chung cấp|chung của
        chung hạ|chung tay|chung tại|chung tỉnh|chung và|chung về|chuyên biệt|chuyên dùng|chuyên dụng|chuyên gia
        chuyên môn|chuyên mục|chuyên nghiệp|chuyên ngành|chuyên sâu|chuyên trang|chuyên trách|chuyên viên|chuyên đề
        chuyển công|chuyển giao|chuyển sang|chuẩn quy|chuẩn y|châm bốn|chí linh|chí lê|chí minh|chí đang|chính ban
        chính công|chính quy|chính trong|chính đang|chúng ta|chúng trong|chúng tôi|chưa ban|chưa bao|chưa cao
        chưa công|chẽ chi|chế công|chế dân|chế qua|chỉ cung|chỉ công|chỉ giao|chỉ ra|chỉ trong|chống ma|chống thiên
        chống vi|chủ công|chủ quan|chủ trương|chứa thông|chức chuyên|chức cung|chức công|chức kinh|chức thi|chức trong
        chức tuyên|chức tương|chứng minh|chứng thư|cin thi|co quan|co sd|con d|con dấu|con người|con số|con thú
        con vật|cp quy|cqng hoa|cria chinh|cu c|cu li|cung cấp|cung ứng|cuộc thi|cá nhân|các ban|các bên|các ca
        các chi|các chuyên|các câu|các công|các dân|các giao|các nguyên|các phong|các phân|các phương|các quy
        các thông|các thư|các tri|các yêu|cáo ban|cáo công|cáo ngay|cáo sơ|cáo trong|cáp quang|cát tiên|cân bằng
        cân đối|câu hỏi|câu lạc|câu trả|có biên|có chi|có chuyên|có con|có công|có giao|có hai|có kinh|có phương
        có quy|có thông|có tinh|có trong|có tư|có uy|có vi|có yêu|công an|công báo|công bằng|công bố|công cho
        công chức|công chứng|công các|công công|công cấp|công cộng|công cụ|công của|công dân|công hoặc|công hàng
        công khai|công không|công long|công lập|công một|công ngay|công nghiệp|công nghệ|công nhiệm|công nhân
        công nhận|công năm|công nợ|công quốc|công suất|công sức|công theo|công thiết|công thành|công thì|công thương
        công thức|công thực|công trong|công trên|công trình|công trực|công ty|công tác|công tại|công tỉnh|công từ
        công việc|công và|công văn|công vụ|công ích|công điện|công đã|công được|công đạt|công đến|cơ quan|cơ tai
        cư jút|cư và|cương của|cương hành|cường công|cường tuyên|cạnh tranh|cả hai|cảnh quan|cấp cao|cấp sơ|cấp thông
        cấp trong|cấu công|cần quan|cần thông|cầu trong|cận thông|cập trong|cố an|cổng thông|cụm công|của ban|của bên
        của con|của công|của dân|của nhân|của phương|của quy|của thông|của tê|của tư|cứ công|cứ quy|cứ thông|cứu ban
        cứu thông|cực trong|cựu công|cựu thanh|d nghi|da cam|da lat|dai hoc|dan tinh|dd lat|dd nghi|ddn tinh
        desktop chuyên|di linh|di nghi|dia ban|dia chi|dinh tai|diễn ra|diện công|do ban|do bên|do con|do công|do nhân
        doanh nhân|doanh thu|doanh trong|don vi|du lich|du lịch|duc và|dung báo|dung cchc|dung chuyên|dung chính
        dung chỉ|dung chủ|dung có|dung công|dung cải|dung cần|dung cụ|dung của|dung dự|dung giải|dung hoặc|dung học
        dung khác|dung không|dung ký|dung kế|dung li|dung liên|dung luật|dung lượng|dung nghị|dung như|dung này
        dung nêu|dung phần|dung quy|dung quyết|dung sau|dung theo|dung thông|dung thống|dung tiêu|dung trên|dung trọng
        dung tuyên|dung tài|dung và|dung văn|dung về|dung đánh|dung đã|dung đó|dung được|dung đại|dung đề|dung để
        duyệt kinh|duyệt phương|duyệt quy|dân chủ|dân các|dân có|dân cư|dân cấp|dân của|dân dụng|dân giai|dân gửi
        dân huyện|dân khi|dân không|dân kỹ|dân nông|dân phố|dân số|dân sử|dân sự|dân tham|dân thành|dân thị|dân trong
        dân trên|dân trồng|dân tại|dân tỉnh|dân tối|dân tộc|dân việt|dân và|dân vận|dân về|dân với|dân xã|dân được
        dân đến|dân đề|dân để|dân đối|dõi thi|dùng chung|dùng trong|dư nợ|dương ban|dương giai|dương mô|dương năm
        dương tính|dương tại|dương tập|dương và|dương về|dương đã|dương để|dưới chi|dưỡng công|dạng bên|dẫn công
        dẫn nhân|dẫn thi|dịch thanh|dục thông|dụng biên|dụng chung|dụng chuyên|dụng con|dụng công|dụng giao|dụng kinh
        dụng phương|dụng quy|dụng thông|dụng thư|dụng trong|dựng công|dựng kho|dựng phương|dựng quy|dựng thương
        dựng đô|em trong|ghi ro|gia ban|gia bảo|gia chương|gia cuộc|gia các|gia của|gia dự|gia giải|gia góp|gia hiệp
        gia hoặc|gia hạn|gia hội|gia lao|gia nghĩa|gia như|gia nhập|gia nhằm|gia năm|gia phát|gia phòng|gia sinh
        gia sử|gia thành|gia thực|gia trong|gia trên|gia tích|gia tăng|gia tại|gia tỉnh|gia tổ|gia và|gia vào|gia về
        gia xây|gia ý|gia đình|gia đầu|gia đầy|gia đến|giai đoạn|gian ban|gian bị|gian chuẩn|gian chờ|gian của
        gian dài|gian gia|gian giả|gian giải|gian giữa|gian hoàn|gian ký|gian mạng|gian này|gian qua|gian quy
        gian theo|gian thì|gian thí|gian thực|gian triển|gian trong|gian tổ|gian tới|gian từ|gian và|gian đăng
        gian được|gian đại|gian để|giao ban|giao biên|giao cho|giao chỉ|giao chủ|giao công|giao diện|giao dịch
        giao lưu|giao nhiệm|giao phòng|giao phụ|giao rừng|giao sd|giao sở|giao theo|giao thì|giao thông|giao thức
        giao thực|giao tiếp|giao toàn|giao trong|giao trung|giao trực|giao tài|giao và|giao văn|giao đất|giá chung
        giá công|giá qua|giúp ban|giúp công|giúp thu|giải tranh|giảm chi|giảm nghiêm|giảm tai|giản biên|giới phân
        giữ nguyên|giữa hai|gây ra|gửi ban|gửi thông|ha rừng|hai bên|hai cấp|hai kỳ|hai là|hai mô|hai phần|hai trăm
        hanh chinh|hdnh chinh|hdnh quy|hg vi|hgc tinh|hinh chinh|hiqn nay|hiểm y|hiện công|hiện giao|hiện nay
        hiện nghiêm|hiện phân|hiện qua|hiện quy|hiện thanh|hiện thu|hiện thông|hiện trong|hiện tương|hiện đang
        hiệp thanh|hoa văn|hoa xa|hoat d|hoat dqng|hoạch ban|hoạch cung|hoạch công|hoạch tuyên|hoạt chi|hoạt chuyên
        hoạt đô|hoặc ban|hoặc công|hoặc giao|hoặc qua|hoặc thông|hoặc trong|hqc tinh|hqi chu|hqi nghi|hqi vi|hành ban
        hành công|hành nghiêm|hành quy|hành thu|hành thông|hành trong|hành vi|hành đô|hình an|hình dân|hình kinh
        hình phân|hình tiên|hình trong|hình tư|hóa công|hóa quy|hóa thông|hóa trong|hôm nay|hưởng lương|hạn quy
        hạn thanh|hạn yêu|hải dương|hẹn trong|hệ giao|học công|học kinh|học phân|họp ban|hồ sơ|hồi con|hổ đông|hộ gia
        hộ kinh|hộ ra|hội ban|hội cung|hội công|hội du|hội quy|hội thân|hội thông|hội trong|hội vi|hội đông|hộp thư
        hợp chung|hợp công|hợp quy|hợp thông|hợp trong|i tinh|i vi|internet băng|ix quy|ka đô|khai cung|khai công
        khai nghiêm|khai nhưng|khai phương|khai thanh|khai thông|khai trong|khai tuyên|khi ban|khi công|khi phân
        khi trao|kho bạc|kho dữ|kho n|kho quản|kho tài|khoản chi|khoản chung|khoản công|khoản thanh|khoản thi
        khoản thu|khu công|khu dân|khác trong|khách du|khách quan|khôi phục|không ban|không bao|không cung|không gian
        khăn trong|khả thi|khẩn trương|khỏe nhân|khối ban|kim vân|kinh doanh|kinh giri|kinh gui|kinh nghiệm|kinh phí
        kinh tế|kiêm nhiệm|kiên quyết|kiến ban|kiến công|kiến phương|kiến trong|kiểm kê|kiểm tra|kiệm chi|kiện kinh
        kiện trong|kèm công|kê các|kê danh|kê khai|kê kết|kê số|kê theo|kê tin|kê tài|kê tổng|kê tỷ|kê và|ký ban
        ký kinh|kết biên|kỳ qua|kỳ quan|kỳ sơ|kỷ cương|l ban|l y|la dạ|la gi|lam d|lam ddng|lam dong|lam e|lang biang
        linh hoạt|liên hương|liên minh|liên quan|liên thông|liệt kê|liệu chuyên|liệu công|liệu dân|liệu quan|liệu ra
        liệu trong|liệu yêu|liệu đa|loại chi|loại thông|loại đa|luận thanh|luật an|luật ban|luật công|luật dân
        luật gia|luật giai|luật sư|luật trong|luồng giao|là ban|là bao|là biên|là công|là thông|là trong|làm công
        làm phương|lá cây|lê kim|lê lợi|lê thành|lê thị|lê trí|lê văn|lê đức|lên ban|lý an|lý biên|lý chuyên|lý công
        lý nghiêm|lý thu|lý thông|lý trong|lý vi|lương bằng|lương khôi|lương sơn|lương thanh|lương thế|lương thị
        lương từ|lượng ban|lượng biên|lượng cao|lượng cung|lượng công|lượng môi|lạc dương|lại thông|lại đang|lập ban
        lập phương|lập trong|lệ che|lệ chi|lệ dân|lệ dương|lịch an|lịch giai|lịch tư|lọt thông|lớn trong|lớp nhân
        lớp phân|lời nhưng|lục vi|lực chuyên|lực thi|lực trong|m ban|m binh|m hinh|m thi|m tra|m vi|ma thuột|ma trận
        ma túy|mai lương|mang lại|mang thai|mang tính|minh bạch|minh cho|minh chính|minh chứng|minh hằng|minh hợp
        minh kết|minh lâm|minh năm|minh rằng|minh thành|minh tiếp|minh tính|minh tỉnh|minh với|minh đã|minh để
        máy tinh|máy vi|mâu thuẫn|mô dân|môi trường|môn cao|mưu ban|mưu công|mạng băng|mạng công|mạnh cung|mạnh công
        mạnh phong|mất an|mất cân|mật cao|mật thông|mắc trong|mắm phan|mặt ban|mẽ trong|mềm chuyên|mối quan|một con
        một công|một trong|mới ban|mới công|mới giai|mới trong|mục công|mức chi|mức quy|mỹ quan|n ban|n chi|n chinh
        n co|n nay|n quan|n thi|n tich|n tinh|n vi|nam ban|nam gia|nang cao|nay các|nay có|nay là|ndng cao|ng an
        ng ban|ng cao|ng chi|ng qua|ng tinh|ng ty|ng vi|ngay cả|ngay khi|ngay lập|ngay sau|ngay thdng|ngay trong
        ngay từ|nghi ban|nghi c|nghi cho|nghi dinh|nghi quy|nghia viet|nghiêm chỉnh|nghiêm các|nghiêm cấm|nghiêm kỷ
        nghiêm nguyên|nghiêm ngặt|nghiêm trọng|nghiêm túc|nghiệm thu|nghiện ma|nghiệp công|nghiệp gia|nghiệp trong
        nghèo đa|nghĩa viêt|nghệ an|nghệ thông|nghị ban|nghị công|nghị tuyên|ngoai vu|ngoài phân|ngoài ra|ngoại ban
        ngoại giao|nguyên lý|nguyên môi|nguyên nhân|nguyên trạng|nguyên tại|nguyên tắc|nguyên và|nguyên vẹn
        nguyễn lương|nguyễn minh|nguyễn thanh|nguồn kinh|nguồn nhân|nguồn thu|nguồn thông|ngành ban|ngành công
        ngành kinh|ngành thông|ngành trong|ngành y|ngày ban|ngũ công|người cao|người dân|ngạch công|ngọc dung|ngọc mai
        nha trang|nhau trong|nhiqm vu|nhiều kinh|nhiễm môi|nhiệm công|nhiệm nêu|nhiệm thi|nhiệm trong|nhà cung
        nhân bản|nhân chính|nhân chất|nhân chủ|nhân có|nhân cơ|nhân của|nhân danh|nhân dân|nhân gặp|nhân hàng
        nhân kiều|nhân liên|nhân là|nhân lực|nhân nghèo|nhân ngày|nhân rộng|nhân sự|nhân theo|nhân thuộc|nhân trong
        nhân trên|nhân tài|nhân tạo|nhân tỉnh|nhân viên|nhân và|nhân được|nhân đạo|nhân đối|nhìn chung|nhưng chưa
        nhưng có|nhưng cơ|nhưng không|nhưng mang|nhưng trong|nhưng việc|nhưng vẫn|nhất ban|nhất gia|nhất nguyên
        nhất thông|nhất trong|nhận ban|nhận thông|nhận trong|nhật thông|nhị phân|những công|những quy|những thông
        những yêu|ninh gia|ninh thông|noi vu|nqi dung|nqi vu|này ban|này mang|này quy|này ra|này trong|nâng cao
        nên chưa|nên không|nên một|nên thuận|nêu gương|nêu ngắn|nêu rõ|nêu trong|nêu trên|nêu tại|nói chung|nông dân
        năm qua|năng cao|năng giao|năng kinh|năng mang|năng phân|nước giai|nước giao|nước ta|nước trong|nạn giao
        nạn nhân|nằm trong|nếu trong|nền kinh|nội dung|nội quy|nữ mang|p hanh|p tinh|phan rí|phan sơn|phan thiết
        phan văn|phdng uy|phi i|phi u|phi địa|phiên giao|phong cách|phong mỹ|phong phú|phong trào|phong tỉnh|phqm vi
        pháp an|pháp ban|pháp cung|pháp công|pháp nhân|pháp thi|pháp trong|phát thanh|phân biệt|phân bố|phân bổ
        phân chia|phân công|phân cấp|phân giải|phân hệ|phân loại|phân phối|phân quyền|phân tách|phân tán|phân tích
        phân vùng|phân định|phép công|phép kinh|phí công|phí gia|phí trong|phòng ban|phòng chuyên|phòng thông
        phó thiên|phùng thanh|phương ban|phương bổ|phương châm|phương chưa|phương có|phương cấp|phương cần|phương hai
        phương hoặc|phương hướng|phương hại|phương khác|phương không|phương mình|phương nghiêm|phương ngày|phương năm
        phương pháp|phương quản|phương sai|phương theo|phương thì|phương thức|phương thực|phương tiện|phương trong
        phương trên|phương và|phương về|phương án|phương đã|phương được|phương để|phường la|phường lang|phường phan
        phường thanh|phường đông|phạm minh|phạm nghiêm|phạm qua|phạm vi|phải bao|phải phân|phải thu|phần chi|phần công
        phần hai|phần kinh|phần quan|phẩm du|phận chuyên|phố phan|phổ thông|phục ngay|phủ ban|phủ cung|phủ giao
        phủ quy|phủ trân|qua app|qua báo|qua chương|qua các|qua công|qua dịch|qua dự|qua epoch|qua hoặc|qua hàm
        qua hơn|qua hệ|qua khi|qua kiểm|qua kết|qua mã|qua mô|qua môi|qua mạng|qua một|qua nghiên|qua nghị|qua ngày
        qua nền|qua phương|qua phần|qua quá|qua rà|qua sở|qua sự|qua tham|qua thanh|qua theo|qua thẩm|qua thời
        qua toàn|qua tổng|qua việc|qua và|qua văn|qua điều|qua đào|qua đó|qua đề|qua ứng|quan ban|quan báo|quan c
        quan chiu|quan cho|quan chuyên|quan chịu|quan chủ|quan chức|quan có|quan công|quan căn|quan cấp|quan của
        quan d|quan giải|quan hành|quan hóa|quan hệ|quan khác|quan lf|quan liên|quan ly|quan lãnh|quan mặt|quan ngang
        quan nhà|quan như|quan nhằm|quan phát|quan quản|quan sát|quan tham|quan theo|quan thuộc|quan thông|quan thường
        quan thực|quan tiêu|quan tiếp|quan trong|quan trung|quan trắc|quan trọng|quan tài|quan tâm|quan tỉnh|quan tổ
        quan tới|quan và|quan về|quan xử|quan điều|quan điểm|quan đã|quan đơn|quan được|quan đảng|quan đến|quan để
        quan ở|quang băng|quang thành|quang trung|quy chuẩn|quy chế|quy của|quy dinh|quy dlnh|quy hoạch|quy mô|quy n
        quy phạm|quy t|quy trình|quy tắc|quy định|quyên góp|quyết công|quyết quy|quyết thông|quyết trong|quyền ban
        quyền công|quyền giao|quyền quy|quyền thông|quyền trong|quá cao|quân đầu|quả cao|quả chung|quả cung|quả công
        quả quan|quả thu|quả trong|quốc gia|quốc viêt|quỹ nhân|ra bên|ra các|ra của|ra học|ra khỏi|ra là|ra môi|ra một
        ra năm|ra phương|ra quyết|ra sau|ra sự|ra theo|ra trong|ra trên|ra trước|ra trễ|ra tình|ra tại|ra văn|ra được
        ra đối|ra ảnh|rau qua|riy vi|ro và|ro về|rã đông|rãi trong|rõ nguyên|rõ trong|rút kinh|rất cao|rủi ro|sang ipv
        sang sử|sao y|sau cai|sau thanh|sau đây|sinh công|sinh giao|sinh ra|sinh trong|sipas trong|sung trong|suất cao
        sách an|sách ban|sát an|sát nhân|sát thông|sơ báo|sơ bộ|sơ cho|sơ chuẩn|sơ có|sơ công|sơ của|sơ dự|sơ giải
        sơ giấy|sơ hợp|sơ không|sơ kèm|sơ kết|sơ nộp|sơ phi|sơ sức|sơ thanh|sơ theo|sơ thủ|sơ tiếp|sơ trên|sơ trình
        sơ trực|sơ tthc|sơ tổ|sơ và|sơ xin|sơ yếu|sơ đã|sơ đề|sơ đồ|sơn la|sư các|sư khi|sư lâm|sư năm|sư thực|sư tỉnh
        sư việt|sản công|sẻ kinh|sẽ bao|số an|số ban|số biên|số cao|số chung|số chuyên|số công|số giai|số giao
        số quang|số quy|số thu|số trong|sở ban|sở công|sở dân|sở giao|sở nêu|sở thông|sở tư|sở y|sự ban|sự cân|sự phân
        sự quan|sự thanh|sự đa|t bi|t qua|t tri|tai nạn|tai theo|tai và|tdi chinh|th thao|tham gia|thang điểm
        thanh bình|thanh các|thanh cấp|thanh huy|thanh hóa|thanh hải|thanh lan|thanh lap|thanh long|thanh lý
        thanh niên|thanh phan|thanh toán|thanh tra|thanh trà|thanh trượt|thanh tài|thanh vi|thanh và|thao tinh
        thao tỉnh|thao và|thdi gian|thdnh vi|theo biên|theo chuyên|theo công|theo nguyên|theo phân|theo phương
        theo quy|theo thông|theo tư|theo yêu|thi hdnh|thi hành|thi n|thi t|thi tuyển|thi u|thi đua|thi đấu|thiên lệch
        thiên nhiên|thiên tai|thiện môi|thiện quy|thoại thông|thu chi|thu gom|thu hoa|thu hút|thu hằng|thu hồi|thu hợp
        thu n|thu nga|thu ngân|thu nhận|thu nhập|thu nhỏ|thu thập|thu từ|thu và|thu được|thuc hi|thuong mai|thuqc tinh
        thuyết minh|thuê bao|thuê kho|thuần phong|thuận an|thuật an|thuật trong|thành công|thành long|thành phân
        thành trong|thân nhân|thân thiện|thì cung|thì nêu|thích nghi|thông ban|thông báo|thông cho|thông chủ
        thông cung|thông các|thông có|thông của|thông dụng|thông dữ|thông khác|thông kính|thông minh|thông nông
        thông năm|thông phối|thông qua|thông quy|thông rộng|thông so|thông suốt|thông sẽ|thông số|thông theo
        thông thoáng|thông thuộc|thông thành|thông thông|thông thường|thông thụ|thông tin|thông trong|thông trên
        thông trước|thông tư|thông tại|thông tấn|thông tỉnh|thông tổ|thông việt|thông và|thông vận|thông về|thông với
        thông xem|thông xây|thông đa|thông đã|thông được|thông đề|thông để|thúy hương|thư ký|thư lưu|thư mục|thư số
        thư viện|thư về|thư điện|thương binh|thương hiệu|thương kính|thương mại|thương trước|thưởng trong|thảo chuyên
        thấp tương|thất thu|thẩm tra|thập thông|thể thao|thể trong|thể yêu|thị dung|thị hương|thị minh|thị thanh
        thị thu|thị thông|thống an|thống cung|thống công|thống giao|thống kê|thống phân|thống thu|thống thông
        thống thư|thống trong|thời ban|thời gian|thời hai|thời thông|thời trong|thủ công|thủ nghiêm|thủ quy|thứ hai
        thứ tư|thức phong|thức trao|thức trong|thức tuyên|thức tôn|thực thi|tich ubnd|tich uy|tin bao|tin chi|tin công
        tin qua|tin thông|tin trong|tinh ban|tinh binh|tinh chỉnh|tinh d|tinh giản|tinh gọn|tinh hinh|tinh l|tinh lam
        tinh ldm|tinh lim|tinh oik|tinh riy|tinh t|tinh thần|tinh xem|tiên công|tiên dùng|tiên là|tiên phong|tiên phát
        tiên sử|tiên tiến|tiên được|tiên ứng|tiêu chung|tiêu kinh|tiến thương|tiến trong|tiếng anh|tiếp công|tiếp thu
        tiếp trong|tiết thi|tiền thu|tiện thông|tiện trong|tom binh|toàn an|toàn ban|toàn công|toàn dân|toàn giao
        toàn quy|toàn thông|toàn trong|toán kinh|toán phân|toán thu|tra an|tra cchc|tra chuyển|tra các|tra có|tra công
        tra cơ|tra cải|tra của|tra cứu|tra hiệp|tra hoạt|tra học|tra hồ|tra hội|tra khóa|tra không|tra kiến|tra liên
        tra lâm|tra lại|tra nhiệm|tra phát|tra phòng|tra theo|tra thu|tra thì|tra thực|tra tinh|tra trong|tra trùng
        tra trực|tra tình|tra tính|tra tại|tra tỉnh|tra việc|tra và|tra văn|tra xhh|tra xã|tra đã|tra đối|trang thông
        tranh chấp|tranh cấp|tranh của|trao đổi|tri n|tri thức|trinh d|trinh uy|triển chung|triển công|triển du
        triển kinh|triển đô|triệt chuyên|trong ban|trong bối|trong bộ|trong cchc|trong chuyển|trong chỉ|trong các
        trong công|trong cơ|trong cộng|trong danh|trong dự|trong giai|trong giải|trong gửi|trong hiệp|trong hoạt
        trong hạn|trong hệ|trong học|trong khi|trong khoảng|trong kinh|trong kỳ|trong lĩnh|trong môi|trong mọi
        trong một|trong nghị|trong ngành|trong ngày|trong nhiệm|trong nhận|trong những|trong năm|trong nước|trong nền
        trong nội|trong pham|trong phong|trong phân|trong phòng|trong phạm|trong quy|trong quá|trong quý|trong quản
        trong suốt|trong sách|trong sạch|trong sản|trong số|trong sử|trong tháng|trong thư|trong thị|trong thời
        trong thực|trong tinh|trong tiếp|trong toàn|trong triển|trong trung|trong trường|trong tương|trong tập
        trong tỉnh|trong tổ|trong tổng|trong từng|trong việc|trong và|trong vòng|trong vùng|trong xây|trong xã
        trong điều|trong đoàn|trong đó|trong đề|tru c|tru ng|trung dân|trung gian|trung tuyên|truyền thanh
        truyền thông|truyền tôn|trào thi|trách công|trái quy|tránh thiên|trân trọng|trên chuyên|trên công|trên môi
        trên phân|trên phương|trên quan|trên đây|trình công|trình phân|trình tra|trí công|trúc sư|trơn tru|trưng phân
        trương cho|trương của|trương hoc|trương hoàn|trương tổ|trương xây|trương đầu|trước đây|trường ban|trường du
        trường kinh|trường nghiêm|trưởng ban|trần minh|trần thanh|trắc môi|trị cai|trị tinh|trị trong|trọng công
        trọng long|trọng trong|trở nên|trợ kinh|trợ trong|trợ tư|trữ thông|trực ban|trực quan|tthc trong|tthc đang
        tuy phong|tuyên bố|tuyên giáo|tuyên quang|tuyên truyền|tuyến trong|tuần tra|tuệ nhân|ty cổ|ty tnhh|tài nguyên
        tác an|tác chuyên|tác dân|tác nhân|tác thi|tác thông|tác tuyên|tánh linh|tâm công|tâm thông|tâm trong|tân minh
        tê java|tê tê|tên trong|tìm ra|tính công|tính minh|tính trong|tính đa|tô tỉnh|tôi gồm|tôn chỉ|tôn giáo
        tôn trọng|tôn vinh|túc công|tăng thu|tư các|tư cách|tư công|tư của|tư dự|tư hạ|tư kinh|tư kết|tư là|tư những
        tư nâng|tư nước|tư pháp|tư phát|tư số|tư theo|tư thế|tư tưởng|tư tỉnh|tư và|tư vấn|tư vốn|tư xây|tư để
        tương lai|tương phản|tương thích|tương tác|tương tự|tương xứng|tương đương|tương đối|tương đồng|tương ứng
        tại bên|tại công|tại quy|tại thông|tạo môi|tạo nên|tạo ra|tạo trong|tả công|tải ban|tải qua|tải thông
        tảng thanh|tấn công|tầm quan|tầng băng|tầng công|tầng giao|tắc chung|tắc giao|tế công|tế quan|tế thông
        tế trong|tỉnh ban|tỉnh công|tỉnh giai|tỉnh giao|tỉnh thông|tỉnh trong|tỉnh tuyên|tỉnh đang|tối cao|tối đa
        tốt công|tốt quy|tổ công|tổ dân|tổ thư|tổng chi|tổng công|tổng quan|tổng thang|tổng thu|tổng thư|tục công
        tục quan|từ bên|từ nhưng|từ xa|tử công|tử trong|u chi|ubnd tinh|uy ban|uy tín|uy vi|uỷ ban|v vi|va h|va hoat
        va viqc|van phong|vd du|vi bí|vi c|vi cấp|vi dân|vi hanh|vi hdnh|vi hoạt|vi huyện|vi hợp|vi n|vi phạm|vi quy
        vi quản|vi rút|vi t|vi theo|vi tinh|vi toàn|vi trách|vi tính|vi tỉnh|vi vi|vi và|vi điều|vi đánh|vi đơn|vi ảnh
        viên ban|viên công|viên thanh|viên trong|viên vi|viêt nam|viễn thông|việc ban|việc chuyên|việc cung|việc công
        việc phân|việc quy|việc thanh|việc thu|việc thông|việc trong|vu tinh|vu trong|và an|và ban|và cai|và chi
        và chuyên|và con|và cung|và cân|và công|và du|và giai|và giao|và khôi|và kinh|và môi|và nguyên|và nhân|và phân
        và phương|và qua|và quy|và ra|và sơ|và thanh|và thi|và thu|và thông|và thư|và thương|và tinh|và tiên|và trao
        và trong|và tôn|và tương|và yêu|và đang|và đao|và đô|vào ban|vào kho|vùng xa|văn chung|văn long|văn thư
        vũ công|vật mang|vật trong|vật tư|về an|về ban|về bên|về cai|về chi|về chuyên|về cung|về công|về du|về dân
        về giao|về kinh|về môi|về nhân|về phân|về phương|về quy|về tai|về thu|về thông|về tinh|về tuyên|về y|vệ an
        vệ môi|vệ thiên|vệ thông|vệ tinh|vị chuyên|vị cung|vị nghiêm|vị qua|vị quan|vị trong|với ban|với bên|với chi
        với công|với gia|với giao|với nhân|với quy|với sơ|với thang|với thông|với tinh|với tôn|vụ ban|vụ chuyên
        vụ cung|vụ công|vụ giao|vụ kinh|vụ phân|vụ quy|vụ tai|vụ thu|vụ thông|vụ trong|vụ tư|vụ y|vụ đang|vụ đô
        vừa qua|vững giai|vực công|vực giao|vực thông|xa hqi|xa hqr|xa và|xin gia|xung phong|xuân hương|xuất kinh
        xuất phương|xã cư|xã gia|xã la|xã lương|xã nhân|xã phan|xã tuyên|xã đam|xã đang|xã đinh|xã đông|xảy ra
        xếp trong|y ban|y tế|y tỉnh|y u|yêu cầu|yêu nước|yêu thương|yết công|án nhân|án trong|ích chung|ô tô|ông dương
        ông lê|đa chiều|đa của|đa dạng|đa luồng|đa là|đa lớp|đa phương|đa số|đa đánh|đai khu|đam rông|đang hoạt
        đang phục|đang rà|đang sử|đang thực|đang triển|đang trong|đang trực|đang xây|đi qua|đinh thanh|đinh trang
        đinh văn|điều quy|điều thông|điều tra|điểm cao|điểm chung|điểm du|điểm trong|điểm tương|điện biên|đo lường
        đoàn quy|đoàn thanh|đoàn thông|đoàn thương|đoàn trong|đua dân|đua yêu|đánh tra|đây cũng|đây gọi|đây là
        đây viết|đã ban|đã cung|đã công|đã nêu|đã phân|đã thông|đã tuyên|đó phân|đó quy|đóng băng|đô thị|đông dương
        đông gia|đông giang|đông layer|đông y|đúng quy|đăk nông|đơn dương|đưa ra|đường biên|đường giao|được ban
        được bao|được chi|được cung|được công|được gia|được giao|được nhân|được nêu|được phân|được quan|được quy
        được thanh|được thu|được thông|được trong|được yêu|đạo ban|đạo công|đạt yêu|đảm an|đảm chi|đảm công|đảm kinh
        đảm môi|đảm nghiêm|đảm thông|đảng quan|đảng tương|đất ban|đất đai|đấu chi|đấu công|đấu tranh|đấu trong|đầu ra
        đầu tiên|đầu trong|đầu tư|đặng minh|đặt câu|đặt ra|đến an|đến công|đến nay|đến phân|đến uy|đề cao|đề cương
        đề qua|đề ra|để cung|để công|để mang|để minh|để phân|để thu|để thông|địa phương|định ban|định chi|định chung
        định công|định nêu|định phân|định quy|định thi|định trong|đốc công|đống đa|đồng ban|đồng kho|đồng nhân
        đồng thi|đổi công|đổi qua|đổi thông|đỗ minh|độ an|độ băng|độ cao|độ che|độ chuyên|độ công|độ nghiêm|độ phân
        độ quan|độ thông|độ tương|độ đa|độc da|động an|động chuyên|động kinh|động nhân|động phong|động quyên
        động thông|động trong|đủ thông|đức an|đức công|đức linh|đức long|đức trong|ưu tiên|ảnh du|ảnh thu|ủy ban
        ủy yêu|ứng yêu
        """
}
