"""Time of ``cchc_model.text.extract`` on long texts: does it grow linearly?

Run with ``.venv/bin/python benchmarks/extract_speed.py``. A plan-like text of about
2 kB (leads, list items, sentences that state targets, near misses that report results
or name dates and document numbers) is repeated to 64 kB, 256 kB and 1 MB (UTF-8; the
1 MB text holds exactly 16 times the copies of the 64 kB one). For each size, prints the
best of ``--repeat`` wall times of ``extract`` (``time.perf_counter``), the seconds per
MB and the targets read, then the ratio of the 1 MB time to 16 × the 64 kB time: about 1
when the time is linear in the length.

Then the same for one sentence that never ends (``SENTENCE`` repeated, no full stop, no
line break, as a text pasted without its paragraphs may be) of 2, 4, 8 and 16 kB, and the
ratio of the 16 kB time to 8 × the 2 kB time: what a clause says (periods, deadlines,
recurrences, levels, tense) is read once per clause, not once per figure, so this too
is about 1. Then the same for one clause without a comma (``CLAUSE``: no punctuation at
all, which a pattern scanning back to the last comma would read again from every word),
and for every kind of figure with no stop between them (``MIXED``, 8 to 64 kB: each
figure's phrase runs to the next; a run of text longer than any sentence is read in parts).
``--profile`` adds the functions that take the most time on the largest text of each
kind (cProfile, cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from cchc_model.text import extract

PLAN = """\
KẾ HOẠCH Cải cách hành chính năm 2025 của Ủy ban nhân dân tỉnh
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể \
cải cách hành chính nhà nước giai đoạn 2021-2030; Quyết định số 1234/QĐ-UBND ngày 02/3/2021.
I. MỤC ĐÍCH, YÊU CẦU
1. Mục tiêu chung
Nâng cao chất lượng phục vụ người dân, doanh nghiệp; năm 2024 tỉnh đã đạt 96,6% hồ sơ \
giải quyết đúng hạn, xếp thứ 34/63 tỉnh, thành phố.
2. Chỉ tiêu cụ thể năm 2025:
- Phấn đấu 100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 85% tại cấp xã được xử lý \
trên môi trường mạng;
- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98,5%;
- Tối thiểu 80% TTHC được cung cấp dịch vụ công trực tuyến toàn trình (trừ TTHC đặc thù);
- Tỷ lệ hồ sơ TTHC giải quyết trễ hạn dưới 2% hằng quý;
- Từ 50% đến 70% hồ sơ thanh toán trực tuyến trên tổng số giao dịch;
- Mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%;
- Chỉ số cải cách hành chính đạt 85 điểm trở lên, phấn đấu thuộc nhóm 10 tỉnh dẫn đầu.
3. Về cải cách thủ tục hành chính,
tối thiểu 20% tổng số TTHC được rà soát có phương án đơn giản hóa. Hoàn tất phân cấp \
xử lý TTHC trước ngày 30/6/2025. Theo báo cáo năm 2024, 95% văn bản đi được ký số.
Phấn đấu đến năm 2025: 100% cán bộ, công chức được bồi dưỡng kiến thức chuyển đổi số; \
90% cuộc họp được tổ chức trực tuyến.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Triển khai Kế hoạch số 45/KH-UBND ngày 10/01/2025 về chuyển đổi số; họp giao ban \
hằng tháng vào ngày 25.
2. Hoàn thành 11 cơ sở dữ liệu chuyên ngành và có thêm 2 đơn vị sự nghiệp tự chủ \
tài chính trở lên.
3. Hiện nay tỉnh có 1.250 TTHC, trong đó 60% đã được số hóa kết quả giải quyết.
III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành báo cáo kết quả trước ngày 15/12/2025; Văn phòng UBND tỉnh tổng hợp.
"""

SIZES = (("64 kB", 64 * 1024), ("256 kB", 256 * 1024), ("1 MB", 1024 * 1024))
SENTENCE = "phấn đấu 85% hồ sơ được xử lý trên môi trường mạng, "
CLAUSE = "hồ sơ được xử lý trên môi trường mạng cấp xã "
#: every kind of figure, each read up to the next, with no stop between them
MIXED = (
    "phấn đấu 100% hồ sơ được xử lý trên môi trường mạng cải thiện thứ hạng Chỉ số PAPI "
    "thuộc nhóm 10 tỉnh dẫn đầu về Chỉ số PAR Index có thêm 5 xã đạt chuẩn nông thôn mới "
    "kinh tế số chiếm 25% GRDP toàn bộ dữ liệu hộ tịch phải được số hóa xong trước ngày "
    "31/12/2025 "
)
SENTENCE_SIZES = (2, 4, 8, 16)  # kB
MIXED_SIZES = (8, 16, 32, 64)  # kB


def document(copies: int) -> str:
    return PLAN * copies


def best_time(text: str, repeat: int) -> tuple[float, int]:
    best, targets = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        draft = extract(text)
        best = min(best, time.perf_counter() - start)
        targets = len(draft.targets)
    return best, targets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--profile", action="store_true", help="cProfile the largest text")
    args = parser.parse_args()

    unit = len(PLAN.encode("utf-8"))
    base = round(SIZES[0][1] / unit)  # copies in the 64 kB text; the others are multiples
    print(f"plan text: {unit} bytes UTF-8, {len(PLAN)} characters; best of {args.repeat}")
    print(f"{'size':>7} {'bytes':>9} {'seconds':>9} {'s per MB':>9} {'targets':>8}")
    times: dict[str, float] = {}
    for name, size in SIZES:
        text = document(base * size // SIZES[0][1])
        nbytes = len(text.encode("utf-8"))
        seconds, targets = best_time(text, args.repeat)
        times[name] = seconds
        print(f"{name:>7} {nbytes:>9} {seconds:>9.3f} {seconds / nbytes * 2**20:>9.3f} "
              f"{targets:>8}")  # fmt: skip
    ratio = times["1 MB"] / (16 * times["64 kB"])
    print(f"1 MB time / (16 × 64 kB time) = {ratio:.2f}  (linear ≈ 1)")
    if args.profile:
        profile(document(base * 16))

    for label, piece, sizes in (
        ("one sentence without an end", SENTENCE, SENTENCE_SIZES),
        ("one clause without a comma", CLAUSE, SENTENCE_SIZES),
        # (from 8 kB: each size past the longest sentence read whole)
        ("every kind of figure, without a stop", MIXED, MIXED_SIZES),
    ):
        repeated(label, piece, args.repeat, args.profile, sizes)


def repeated(label: str, piece: str, repeat: int, profiled: bool, sizes: tuple[int, ...]) -> None:
    """``piece`` repeated to each of ``sizes`` (kB), with the ratio of the longest's time to
    the shortest's scaled (about 1 when linear)."""
    print(f"\n{label}: {piece!r} repeated")
    print(f"{'size':>7} {'bytes':>9} {'seconds':>9} {'s per MB':>9} {'targets':>8}")
    unit = len(piece.encode("utf-8"))
    base = round(sizes[0] * 1024 / unit)
    long: dict[int, float] = {}
    for kb in sizes:
        text = piece * (base * kb // sizes[0])
        nbytes = len(text.encode("utf-8"))
        seconds, targets = best_time(text, repeat)
        long[kb] = seconds
        print(f"{kb:>4} kB {nbytes:>9} {seconds:>9.3f} {seconds / nbytes * 2**20:>9.3f} "
              f"{targets:>8}")  # fmt: skip
    first, last = sizes[0], sizes[-1]
    ratio = long[last] / (last // first * long[first])
    print(f"{last} kB time / ({last // first} × {first} kB time) = {ratio:.2f}  (linear ≈ 1)")
    if profiled:
        profile(piece * (base * last // first))


def profile(text: str) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(extract, text)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
