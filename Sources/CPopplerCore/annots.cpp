// The text each annotation of a page draws, through poppler's core API (libpoppler-private-dev):
// every Widget, FreeText and Stamp annotation is drawn alone into its own TextOutputDev, like
// pdftotext draws them into the page's, and its characters are read back with their boxes.
#include "CPopplerCore.h"

#include <Annot.h>
#include <Form.h>
#include <Gfx.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <Object.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

struct vb_annots_doc {
    std::vector<char> bytes; // outlives `pdf`, which reads from it
    std::unique_ptr<PDFDoc> pdf;
};

namespace {

void quiet(ErrorCategory, Goffset, const char *) { }

/// poppler's globalParams, made once for the process under GlobalParamsIniter's own lock (the
/// one poppler-glib uses too), and kept: no call here ever sees it torn down.
void initGlobals()
{
    static std::once_flag once;
    std::call_once(once, [] { new GlobalParamsIniter(quiet); });
}

void appendUTF8(std::string &out, uint32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

/// A PDF text string (UTF-16BE with a byte-order mark, else PDFDocEncoding read as Latin-1) in UTF-8.
char *pdfStringToUTF8(const GooString *s)
{
    if (!s) return nullptr;
    const std::string &raw = s->toStr();
    std::string out;
    if (raw.size() >= 2 && (unsigned char)raw[0] == 0xFE && (unsigned char)raw[1] == 0xFF) {
        for (size_t i = 2; i + 1 < raw.size(); i += 2) {
            uint32_t u = ((unsigned char)raw[i] << 8) | (unsigned char)raw[i + 1];
            if (u >= 0xD800 && u < 0xDC00 && i + 3 < raw.size()) {
                uint32_t lo = ((unsigned char)raw[i + 2] << 8) | (unsigned char)raw[i + 3];
                if (lo >= 0xDC00 && lo < 0xE000) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    i += 2;
                }
            }
            appendUTF8(out, u);
        }
    } else {
        for (unsigned char c : raw) appendUTF8(out, c);
    }
    char *copy = static_cast<char *>(std::malloc(out.size() + 1));
    if (!copy) throw std::bad_alloc();
    std::memcpy(copy, out.c_str(), out.size() + 1);
    return copy;
}

bool finite(double a, double b, double c, double d)
{
    return std::isfinite(a) && std::isfinite(b) && std::isfinite(c) && std::isfinite(d);
}

/// The characters of `dev`'s page in reading order, a ' ' after each word with a space after it
/// and a '\n' where the baseline moves.
std::vector<vb_annot_char> readChars(TextOutputDev &dev)
{
    std::vector<vb_annot_char> out;
    std::unique_ptr<TextWordList> words = dev.makeWordList();
    if (!words) return out;
    const int n = words->getLength();
    for (int w = 0; w < n; w++) {
        TextWord *word = words->get(w);
        if (w > 0 && !out.empty()) {
            TextWord *prev = words->get(w - 1);
            double size = std::max(prev->getFontSize(), word->getFontSize());
            const vb_annot_char &last = out.back();
            if (std::fabs(word->getBaseline() - prev->getBaseline()) > 0.4 * size) {
                out.push_back({'\n', last.x2, last.y1, last.x2, last.y2});
            } else if (prev->getSpaceAfter() || word->getLength() > 0) {
                double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
                word->getBBox(&x1, &y1, &x2, &y2);
                if (prev->getSpaceAfter() || x1 - last.x2 > 0.15 * size) out.push_back({' ', last.x2, last.y1, std::max(last.x2, x1), last.y2});
            }
        }
        for (int i = 0; i < word->getLength(); i++) {
            double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            word->getCharBBox(i, &x1, &y1, &x2, &y2);
            if (!finite(x1, y1, x2, y2)) continue;
            out.push_back({uint32_t(*word->getChar(i)), x1, y1, x2, y2});
        }
    }
    return out;
}

int subtypeOf(Annot *a)
{
    switch (a->getType()) {
    case Annot::typeWidget: return VB_ANNOT_WIDGET;
    case Annot::typeFreeText: return VB_ANNOT_FREETEXT;
    case Annot::typeStamp: return VB_ANNOT_STAMP;
    default: return 0;
    }
}

void freeItems(std::vector<vb_annot> &items)
{
    for (vb_annot &a : items) {
        std::free(a.field_name);
        std::free(a.chars);
    }
    items.clear();
}

} // namespace

extern "C" int vb_annots_open(const uint8_t *bytes, size_t length, vb_annots_doc **out)
{
    if (!out) return VB_ANNOTS_ERR_ARGUMENT;
    *out = nullptr;
    if (!bytes || length == 0) return VB_ANNOTS_ERR_ARGUMENT;
    try {
        initGlobals();
        auto doc = std::make_unique<vb_annots_doc>();
        doc->bytes.assign(reinterpret_cast<const char *>(bytes), reinterpret_cast<const char *>(bytes) + length);
        auto *stream = new MemStream(doc->bytes.data(), 0, Goffset(doc->bytes.size()), Object(objNull));
        doc->pdf = std::make_unique<PDFDoc>(stream);
        if (!doc->pdf->isOk()) return VB_ANNOTS_ERR_OPEN;
        *out = doc.release();
        return VB_ANNOTS_OK;
    } catch (...) {
        return VB_ANNOTS_ERR_INTERNAL;
    }
}

extern "C" int vb_annots_page(vb_annots_doc *doc, int page_index, vb_annot_list **out)
{
    if (!out) return VB_ANNOTS_ERR_ARGUMENT;
    *out = nullptr;
    if (!doc || !doc->pdf || page_index < 0 || page_index >= doc->pdf->getNumPages()) return VB_ANNOTS_ERR_ARGUMENT;
    std::vector<vb_annot> items;
    try {
        const int pageNo = page_index + 1;
        Page *page = doc->pdf->getPage(pageNo);
        if (!page) return VB_ANNOTS_ERR_PAGE;
        Annots *annots = page->getAnnots();
        Form *form = doc->pdf->getCatalog()->getForm();
        if (annots) {
            for (Annot *a : annots->getAnnots()) {
                const int subtype = subtypeOf(a);
                if (subtype == 0) continue;
                TextOutputDev dev(nullptr, true, 0, false, false);
                std::unique_ptr<Gfx> gfx(page->createGfx(&dev, 72, 72, 0, false, true, -1, -1, -1, -1, false, nullptr, nullptr));
                if (!gfx) continue;
                const PDFRectangle &r = a->getRect();
                double ax = 0, ay = 0, bx = 0, by = 0;
                gfx->getState()->transform(r.x1, r.y1, &ax, &ay);
                gfx->getState()->transform(r.x2, r.y2, &bx, &by);
                if (!finite(ax, ay, bx, by)) continue;
                a->draw(gfx.get(), false);
                // Read before `gfx` goes: its destructor ends the page again, and a second
                // coalescing of the same text page empties it.
                dev.endPage();
                std::vector<vb_annot_char> chars = readChars(dev);
                gfx.reset();
                if (chars.empty()) continue;

                vb_annot item {};
                item.subtype = subtype;
                item.x1 = std::min(ax, bx);
                item.y1 = std::min(ay, by);
                item.x2 = std::max(ax, bx);
                item.y2 = std::max(ay, by);
                items.push_back(item);
                vb_annot &added = items.back();
                if (subtype == VB_ANNOT_WIDGET && form) {
                    if (FormWidget *widget = form->findWidgetByRef(a->getRef())) {
                        if (FormField *field = widget->getField()) {
                            added.is_signature = field->getType() == formSignature;
                            added.field_name = pdfStringToUTF8(field->getFullyQualifiedName());
                        }
                    }
                }
                added.chars = static_cast<vb_annot_char *>(std::malloc(chars.size() * sizeof(vb_annot_char)));
                if (!added.chars) throw std::bad_alloc();
                std::memcpy(added.chars, chars.data(), chars.size() * sizeof(vb_annot_char));
                added.char_count = chars.size();
            }
        }
        auto *list = static_cast<vb_annot_list *>(std::calloc(1, sizeof(vb_annot_list)));
        if (!list) throw std::bad_alloc();
        if (!items.empty()) {
            list->items = static_cast<vb_annot *>(std::malloc(items.size() * sizeof(vb_annot)));
            if (!list->items) {
                std::free(list);
                throw std::bad_alloc();
            }
            std::memcpy(list->items, items.data(), items.size() * sizeof(vb_annot));
            list->count = items.size();
        }
        *out = list;
        return VB_ANNOTS_OK;
    } catch (...) {
        freeItems(items);
        return VB_ANNOTS_ERR_INTERNAL;
    }
}

extern "C" void vb_annots_free(vb_annot_list *list)
{
    if (!list) return;
    for (size_t i = 0; i < list->count; i++) {
        std::free(list->items[i].field_name);
        std::free(list->items[i].chars);
    }
    std::free(list->items);
    std::free(list);
}

extern "C" void vb_annots_close(vb_annots_doc *doc)
{
    delete doc;
}
