package uk.council.evidence.reports.accreditation;

import java.time.Instant;
import java.util.List;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * The public version of the annual review as one self-contained web page for the council's website:
 * the same words as the public PDF, in headings, a table and lists that a screen reader can move
 * through, with no script and nothing fetched from elsewhere.
 */
public final class PublicReviewHtml {

  private PublicReviewHtml() {}

  /** The page, as UTF-8 text. */
  public static String render(
      AnnualReviewPdf.Review review, String councilName, Instant producedAt) {
    StringBuilder h = new StringBuilder(16_384);
    String title = AnnualReviewPdf.TITLE + ", " + review.year();
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title + ", " + councilName))
        .append("</title>\n<style>\n")
        .append("body{font-family:Arial,sans-serif;line-height:1.5;max-width:46em;")
        .append("margin:0 auto;padding:1em;color:#0b0c0c;background:#fff}\n")
        .append("table{border-collapse:collapse;width:100%}th,td{text-align:left;")
        .append("vertical-align:top;border-bottom:1px solid #b1b4b6;padding:.4em .6em .4em 0}\n")
        .append(".quiet{color:#505a5f}section{margin-top:2.5em}\n</style>\n</head>\n<body>\n")
        .append("<header><p>")
        .append(esc(councilName))
        .append("</p></header>\n<main>\n<h1>")
        .append(esc(AnnualReviewPdf.TITLE))
        .append("</h1>\n<p><strong>Year ")
        .append(review.year())
        .append("</strong>: ")
        .append(esc(CouncilTime.date(review.from())))
        .append(" to ")
        .append(esc(CouncilTime.date(review.to())))
        .append(".</p>\n<p>")
        .append(
            esc(
                review.signedOffBy() == null
                    ? "Draft, not yet signed off."
                    : "Signed off by " + review.signedOffBy() + "."))
        .append("</p>\n<p>")
        .append(
            esc(
                "This is the council's own assessment of its use of body-worn video against the"
                    + " twelve guiding principles of the Surveillance Camera Code of Practice. It"
                    + " is not a certification: no one outside the council has checked it. The"
                    + " figures leave out personal data and those the council keeps internal."))
        .append("</p>\n<h2 id=\"ratings\">The twelve principles: ratings</h2>\n")
        .append("<table>\n<caption class=\"quiet\">Each principle's rating and why</caption>\n")
        .append("<thead><tr><th scope=\"col\">Principle</th><th scope=\"col\">Rating</th>")
        .append("<th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
    for (AnnualReviewPdf.Section s : review.sections()) {
      h.append("<tr><td><a href=\"#principle-")
          .append(s.number())
          .append("\">")
          .append(s.number())
          .append(". ")
          .append(esc(s.title()))
          .append("</a></td><td>")
          .append(esc(s.rating()))
          .append("</td><td>")
          .append(esc(s.reason()))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    for (AnnualReviewPdf.Section s : review.sections()) {
      h.append("<section aria-labelledby=\"principle-")
          .append(s.number())
          .append("\">\n<h2 id=\"principle-")
          .append(s.number())
          .append("\">Principle ")
          .append(s.number())
          .append(": ")
          .append(esc(s.title()))
          .append("</h2>\n<p class=\"quiet\">")
          .append(esc(s.summary()))
          .append("</p>\n<h3>What the system shows</h3>\n");
      list(h, s.figures(), "Nothing the system records speaks to this principle directly.");
      h.append("<h3>")
          .append(esc("Not rated".equals(s.rating()) ? "Statement" : "Statement: " + s.rating()))
          .append("</h3>\n");
      if (s.statement().isEmpty()) {
        h.append("<p>Not yet written for this year.</p>\n");
      } else {
        for (String paragraph : s.statement().split("\\R\\s*\\R")) {
          h.append("<p>").append(esc(paragraph.strip())).append("</p>\n");
        }
        h.append("<p><strong>Why this rating:</strong> ").append(esc(s.reason())).append("</p>\n");
      }
      h.append("<h3>Actions</h3>\n");
      list(h, s.actions(), "None.");
      h.append("</section>\n");
    }
    for (AnnualReviewPdf.Annex a : review.annexes()) {
      h.append("<section aria-labelledby=\"annex-")
          .append(a.letter())
          .append("\">\n<h2 id=\"annex-")
          .append(a.letter())
          .append("\">Annex ")
          .append(a.letter())
          .append(": ")
          .append(esc(a.title()))
          .append("</h2>\n<p class=\"quiet\">")
          .append(esc(a.intro()))
          .append("</p>\n");
      list(h, a.lines(), "None.");
      h.append("</section>\n");
    }
    h.append("</main>\n<footer><p class=\"quiet\">")
        .append(
            esc(
                "Produced by BWV Evidence for "
                    + councilName
                    + " on "
                    + CouncilTime.dateTime(producedAt)
                    + ". The same words, signed, are in the public version's PDF."))
        .append("</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void list(StringBuilder h, List<String> items, String none) {
    if (items.isEmpty()) {
      h.append("<p>").append(esc(none)).append("</p>\n");
      return;
    }
    h.append("<ul>\n");
    items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
    h.append("</ul>\n");
  }

  /** Text made safe to place in HTML's text and attribute values. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
