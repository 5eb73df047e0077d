package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.retention.entity.DeletionRecord;

/**
 * A letter to a requester, in words: who it goes to, its subject and its paragraphs. The wording
 * says what the law says the requester must be told (the deadline and how it is counted, an
 * extension's reason, a refusal's grounds, the right to complain to the ICO); the reports module
 * only lays it out and signs it.
 *
 * @param kind what the letter is
 * @param reference the request's reference, which the requester is asked to quote
 * @param date the day the letter is dated
 * @param to the recipient's name and address, a line each
 * @param subject the heading
 * @param paragraphs the body, a paragraph each
 */
public record Letter(
    LetterKind kind,
    String reference,
    LocalDate date,
    List<String> to,
    String subject,
    List<String> paragraphs) {

  /** Where a requester may complain about how their request was handled. */
  static final String ICO =
      "You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane,"
          + " Wilmslow SK9 5AF (ico.org.uk, 0303 123 1113).";

  public Letter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    to = List.copyOf(to);
    paragraphs = List.copyOf(paragraphs);
  }

  /** The acknowledgement: the reference, the deadline and how it is counted, what is held. */
  public static Letter acknowledgement(FootageRequest r, Deadline d, LocalDate today) {
    List<String> p = new ArrayList<>();
    p.add(
        "Thank you for your "
            + kindWords(r.getKind())
            + ", which we received on "
            + CouncilTime.date(r.getReceivedOn())
            + ". Our reference is "
            + r.getReference()
            + ": please quote it whenever you write to us about it.");
    switch (d.state()) {
      case WAITING ->
          p.add(
              "Before we can look for footage of you we need proof of your identity: a copy of"
                  + " a passport, driving licence or another document with your photograph, and one"
                  + " showing your address. The month we have to reply starts on the day it reaches"
                  + " us (UK GDPR Article 12(3)).");
      case PAUSED ->
          p.add(
              "We have asked you for information we need to find the footage. The time we have"
                  + " to reply stands still until it reaches us.");
      case RUNNING -> p.add(dueSentence(r.getKind(), d.due()));
    }
    r.sought()
        .ifPresent(
            s ->
                p.add(
                    "So that nothing you asked for can be deleted while we deal with your request,"
                        + " we have kept all footage recorded between "
                        + CouncilTime.dateTime(s.searchFrom())
                        + " and "
                        + CouncilTime.dateTime(s.searchUntil())
                        + "."));
    return to(r, LetterKind.ACKNOWLEDGEMENT, "", p, today);
  }

  /** Asking for what the council needs, with the clock stopped meanwhile. */
  public static Letter clarification(FootageRequest r, Pause pause, LocalDate today) {
    List<String> p = new ArrayList<>();
    p.add(opening("Thank you for your ", r));
    p.add("To deal with it we need the following from you: " + pause.asked());
    p.add(
        switch (r.getKind()) {
          case SUBJECT_ACCESS ->
              "The time we have to reply stands still from "
                  + CouncilTime.date(pause.from())
                  + " until your answer reaches us (UK GDPR Article 12A); we then have the days"
                  + " that were left.";
          case FOI ->
              "The twenty working days we have to reply do not run from "
                  + CouncilTime.date(pause.from())
                  + " until the fee is paid (Freedom of Information Act 2000, section 10(2)). If it"
                  + " is not paid within three months we will treat the request as withdrawn.";
          case THIRD_PARTY ->
              "We will deal with your request once this reaches us, from "
                  + CouncilTime.date(pause.from())
                  + ".";
        });
    return to(r, LetterKind.CLARIFICATION, ": what we need", p, today);
  }

  /** Telling the requester the deadline is extended, why, and until when. */
  public static Letter extension(FootageRequest r, Deadline d, LocalDate today) {
    List<String> p = new ArrayList<>();
    p.add(opening("We are writing about your ", r));
    p.add(
        switch (r.getKind()) {
          case SUBJECT_ACCESS ->
              "We need longer to reply, because "
                  + sentence(r.getExtendedBecause())
                  + " UK GDPR Article 12(3) allows a further two months for a complex request or"
                  + " for many requests.";
          case FOI ->
              "We need more time to consider the public interest (Freedom of Information Act 2000,"
                  + " section 10(3)): "
                  + sentence(r.getExtendedBecause());
          case THIRD_PARTY -> sentence(r.getExtendedBecause());
        });
    if (d.isRunning()) {
      p.add("We will reply by " + CouncilTime.date(d.due()) + ".");
    }
    return to(r, LetterKind.EXTENSION, ": more time", p, today);
  }

  /**
   * The reply: the decision in words, what is sent and how, and the requester's rights.
   *
   * @param matching how many recordings were found showing what was asked for
   * @param linked the reference of the subject access request an FOI for the requester's own
   *     footage became, or null
   * @param deleted the deletion records of recordings made in the time asked for: the proof a "none
   *     held" reply gives
   */
  public static Letter reply(
      FootageRequest r,
      long matching,
      String linked,
      List<DeletionRecord> deleted,
      LocalDate today) {
    Outcome o = r.getOutcome();
    if (o == null) {
      throw new IllegalStateException(r.getReference() + " is not decided");
    }
    List<String> p = new ArrayList<>();
    p.add(opening("This is our reply to your ", r));
    String recordings = Plural.of(matching, "recording");
    String how = r.getSentHow() == null ? "" : " " + r.getSentHow().title().toLowerCase(Locale.UK);
    switch (o) {
      case SAR_DISCLOSE ->
          p.add(
              "We found "
                  + recordings
                  + " of you from our body-worn cameras, and we send copies"
                  + how
                  + ". "
                  + sentence(r.getThirdParties()));
      case SAR_DISCLOSE_IN_PART ->
          p.add(
              "We found "
                  + recordings
                  + " of you, and we send copies of what we can disclose"
                  + how
                  + ". "
                  + sentence(r.getThirdParties())
                  + " "
                  + sentence(r.getOutcomeReason()));
      case SAR_OFFER_TO_VIEW ->
          p.add(
              "We found "
                  + recordings
                  + " of you. Please contact us to arrange to view "
                  + (matching == 1 ? "it" : "them")
                  + " at our offices; if you would rather have a copy, tell us."
                  + optional(r.getOutcomeReason()));
      case SAR_REFUSE_UNFOUNDED, SAR_REFUSE_EXCESSIVE ->
          p.add(
              "We are not able to comply with your request, because we consider it manifestly "
                  + (o == Outcome.SAR_REFUSE_UNFOUNDED ? "unfounded" : "excessive")
                  + " (UK GDPR Article 12(5)): "
                  + sentence(r.getOutcomeReason()));
      case FOI_DISCLOSE ->
          p.add(
              "The information you asked for is sent" + how + "." + optional(r.getOutcomeReason()));
      case FOI_S40_2 ->
          p.add(
              "The footage you asked for shows identifiable people, and is their personal data."
                  + " Disclosing it to the world, as a reply under the Freedom of Information Act"
                  + " is, would breach the data protection principles, so it is exempt under"
                  + " section 40(2) of the Act."
                  + optional(r.getOutcomeReason()));
      case FOI_S40_1 ->
          p.add(
              "The footage you asked for is of you, so it is exempt from the Freedom of"
                  + " Information Act (section 40(1)). We are dealing with it instead as a subject"
                  + " access request"
                  + (linked == null ? "" : ", reference " + linked)
                  + ", which has its own deadline; we will write to you separately.");
      case FOI_S30, FOI_S31 ->
          p.add(
              "The information is exempt under section "
                  + (o == Outcome.FOI_S30
                      ? "30 (investigations and proceedings)"
                      : "31 (law enforcement)")
                  + " of the Freedom of Information Act 2000. We considered the public interest: "
                  + sentence(r.getPublicInterest()));
      case FOI_S12 ->
          p.add(
              "Finding and extracting the information would cost more than the appropriate limit"
                  + " of £450 (18 hours of work), so we are not obliged to provide it (section 12):"
                  + " "
                  + sentence(r.getOutcomeReason())
                  + " If you narrow your request we will consider it again.");
      case FOI_S14 ->
          p.add(
              "We consider the request vexatious (section 14): " + sentence(r.getOutcomeReason()));
      case TPR_DISCLOSE ->
          p.add(
              "We disclose "
                  + recordings
                  + how
                  + ", under Schedule 2, Part 1, paragraph 2 of the Data Protection Act 2018, for "
                  + sentence(r.getPurpose())
                  + " Please keep it securely, use it only for that purpose, and return or destroy"
                  + " it when it is no longer needed.");
      case TPR_REFUSE ->
          p.add("We are not able to disclose the footage: " + sentence(r.getOutcomeReason()));
      case NONE_HELD -> {
        p.add(
            "We hold no footage of what you asked for. Footage not needed as evidence is"
                + " deleted 31 days after it is recorded; none was kept from the time you"
                + " described."
                + optional(r.getOutcomeReason()));
        if (!deleted.isEmpty()) {
          p.add(
              "These recordings were made in that time and deleted under our retention rules"
                  + " before your request reached us. Each is identified by the SHA-256 of its"
                  + " file, which our signed deletion certificate for the day it was deleted also"
                  + " lists:");
          for (DeletionRecord d : deleted) {
            p.add(
                "Camera "
                    + d.cameraSerial()
                    + (d.wearer() == null ? "" : ", worn by " + d.wearer())
                    + ", recorded "
                    + CouncilTime.dateTime(d.recordedStart())
                    + " to "
                    + CouncilTime.dateTime(d.recordedEnd())
                    + "; deleted "
                    + CouncilTime.dateTime(d.deletedAt())
                    + " ("
                    + d.rule()
                    + "); SHA-256 "
                    + d.sha256()
                    + ".");
          }
        }
      }
    }
    if (r.getKind() == RequestKind.FOI) {
      p.add(
          "If you are unhappy with this reply you may ask for an internal review within 40 working"
              + " days, by writing to us quoting the reference. "
              + ICO);
    } else if (r.getKind() == RequestKind.SUBJECT_ACCESS) {
      p.add(
          "If you are unhappy with how we handled your request, you may complain to us, quoting"
              + " the reference, and we will acknowledge your complaint within 30 days. "
              + ICO);
    }
    return to(r, LetterKind.REPLY, ": our reply", p, today);
  }

  /** "Thank you for your FOI request of 2 November 2026, our reference FOI-2026-0042." */
  private static String opening(String start, FootageRequest r) {
    return start
        + kindWords(r.getKind())
        + " of "
        + CouncilTime.date(r.getReceivedOn())
        + ", our reference "
        + r.getReference()
        + ".";
  }

  /** A letter to the requester about their request, its subject the request and {@code about}. */
  private static Letter to(
      FootageRequest r, LetterKind kind, String about, List<String> paragraphs, LocalDate today) {
    return new Letter(
        kind,
        r.getReference(),
        today,
        addressOf(r),
        "Your " + kindWords(r.getKind()) + ": " + r.getReference() + about,
        paragraphs);
  }

  static String dueSentence(RequestKind kind, LocalDate due) {
    return switch (kind) {
      case SUBJECT_ACCESS ->
          "We will reply by "
              + CouncilTime.date(due)
              + ": one month from the day we received it (UK GDPR Article 12(3)), moved to the"
              + " next working day where the month ends on a weekend or bank holiday.";
      case FOI ->
          "We will reply by "
              + CouncilTime.date(due)
              + ", the twentieth working day following the day we received it (Freedom of"
              + " Information Act 2000, section 10).";
      case THIRD_PARTY -> "We aim to reply by " + CouncilTime.date(due) + ".";
    };
  }

  private static String kindWords(RequestKind kind) {
    return switch (kind) {
      case SUBJECT_ACCESS -> "request for footage of yourself (a subject access request)";
      case FOI -> "request under the Freedom of Information Act 2000";
      case THIRD_PARTY -> "request for footage";
    };
  }

  private static List<String> addressOf(FootageRequest r) {
    List<String> lines = new ArrayList<>();
    lines.add(r.getRequesterName());
    if (r.getRequesterAddress() != null) {
      r.getRequesterAddress()
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .forEach(lines::add);
    } else if (r.getRequesterEmail() != null) {
      lines.add(r.getRequesterEmail());
    }
    return lines;
  }

  /** Text as a sentence: ending with a full stop. */
  private static String sentence(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }

  private static String optional(String text) {
    return text == null || text.isBlank() ? "" : " " + sentence(text);
  }
}
