#!/usr/bin/env python3
"""Writes N synthetic plain-text letters for the load test of `vanban serve` (scripts/web-load.sh):
five types, twenty issuers, ten years, subjects from a table, and half of them citing an
earlier letter by its number and date, so that the archive has a citation graph to walk.
Fixed seed: the same letters every run."""
import os, random, sys

count = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
folder = sys.argv[1]
rng = random.Random(17)
types = [("CÔNG VĂN", "Công văn", "UBND-VP"), ("KẾ HOẠCH", "Kế hoạch", "KH-UBND"), ("QUYẾT ĐỊNH", "Quyết định", "QĐ-UBND"),
         ("BÁO CÁO", "Báo cáo", "BC-UBND"), ("THÔNG BÁO", "Thông báo", "TB-UBND")]
places = ["Mường La", "Thuận Châu", "Quỳnh Nhai", "Mai Sơn", "Yên Châu", "Mộc Châu", "Vân Hồ", "Bắc Yên", "Phù Yên", "Sông Mã",
          "Sốp Cộp", "Điện Biên Đông", "Tuần Giáo", "Mường Ảng", "Tủa Chùa", "Mường Chà", "Nậm Pồ", "Than Uyên", "Tân Uyên", "Sìn Hồ"]
topics = ["tổ chức phong trào thi đua, khen thưởng", "triển khai công tác phòng, chống thiên tai", "đẩy mạnh cải cách hành chính",
          "tăng cường quản lý đất đai", "phát triển du lịch cộng đồng", "bảo vệ và phát triển rừng", "phòng, chống dịch bệnh ở gia súc",
          "nâng cao chất lượng giáo dục", "xây dựng nông thôn mới", "chuyển đổi số trong cơ quan nhà nước", "tiếp công dân định kỳ",
          "quản lý trật tự xây dựng", "thu ngân sách nhà nước", "phòng cháy, chữa cháy rừng", "giảm nghèo bền vững"]
signers = ["Nguyễn Văn An", "Lò Văn Bình", "Cầm Thị Hoa", "Hoàng Quốc Khánh", "Quàng Văn Dũng", "Lường Thị Mai", "Tòng Văn Hải"]
os.makedirs(folder, exist_ok=True)
written = []  # (type name, number, day, month, year)
for n in range(1, count + 1):
    head, name, symbol = types[n % len(types)]
    place = places[rng.randrange(len(places))]
    year = 2015 + rng.randrange(10)
    month, day = 1 + rng.randrange(12), 1 + rng.randrange(28)
    number = f"{n % 997 + 1}/{symbol}"
    topic = topics[rng.randrange(len(topics))]
    cite = ""
    if written and rng.random() < 0.5:
        c = written[rng.randrange(max(0, len(written) - 5000), len(written))]
        cite = f"Thực hiện {c[0]} số {c[1]} ngày {c[2]}/{c[3]}/{c[4]} của UBND huyện,\n"
    subject_line = f"V/v {topic} năm {year}" if name == "Công văn" else f"{head}\n{topic[0].upper() + topic[1:]} năm {year}"
    text = (f"ỦY BAN NHÂN DÂN\nHUYỆN {place.upper()}\nSố: {number}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"Độc lập - Tự do - Hạnh phúc\n{place}, ngày {day:02d} tháng {month} năm {year}\n{subject_line}\n\n"
            f"{cite}Ủy ban nhân dân huyện {place} đề nghị các cơ quan, đơn vị {topic} năm {year}, "
            f"báo cáo kết quả thực hiện trước ngày 30 hằng tháng. Đây là văn bản thứ {n}.\n\n"
            f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n{signers[rng.randrange(len(signers))]}\n")
    sub = os.path.join(folder, f"{n // 1000:03d}")
    if n % 1000 == 0 or n == 1:
        os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"vb-{n:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    written.append((name, number, day, month, year))
