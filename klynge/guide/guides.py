"""The guide's content: for each role its tasks, each task in numbered steps with a picture.

The pictures are made by scripts/screenshots.py (`make screenshots`) from the demo as it is, so
a picture named here must be one that script takes (klynge/guide/tests checks both ways).
In a step, **text** marks a button or menu name as it reads on the screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Picture:
    name: str
    alt: Promise
    caption: Promise

    @property
    def static_path(self) -> str:
        return f"guide/img/{self.name}.png"


@dataclass(frozen=True)
class Task:
    slug: str
    title: Promise
    steps: tuple[Promise, ...]
    picture: Picture | None = None
    tip: Promise | None = None


@dataclass(frozen=True)
class Guide:
    slug: str
    title: Promise
    heading: Promise
    summary: Promise
    tasks: tuple[Task, ...]

    def get_absolute_url(self) -> str:
        return reverse("guide:role", args=[self.slug])


SECRETARIAT = Guide(
    "sekretariat",
    _("Secretariat"),
    _("Help for the secretariat"),
    _("Plan meetings, build and publish the agenda, write and publish the minutes, follow up."),
    (
        Task(
            "forside",
            _("See what needs you now"),
            (
                _("Log in. You land on the **Front page**."),
                _(
                    "Under **Meetings against their deadlines** your fora's coming meetings "
                    "stand against the deadlines for agenda and minutes; a coloured tag says "
                    "whether a deadline is well ahead, near or passed."
                ),
                _(
                    "Below them are **Drafts to finish**, **Review rounds running** and "
                    "**Unresolved comments**."
                ),
                _("Choose a meeting to open it."),
            ),
            Picture(
                "sekretariat-forside",
                _("The secretariat's front page with meetings, deadlines and colour codes."),
                _("The front page shows what needs the secretariat now."),
            ),
        ),
        Task(
            "planlaeg",
            _("Plan a meeting"),
            (
                _(
                    "Open the forum: under **Organisation**, or choose it under **My fora** at "
                    "the top of the page."
                ),
                _("Choose **Plan a meeting**."),
                _("Fill in date, time, place and minute-taker, and choose **Save**."),
                _(
                    "A whole year at once: the cluster's **Annual plan**, on its page under "
                    "**Organisation**, proposes the year's meetings and creates them."
                ),
            ),
            Picture(
                "sekretariat-planlaeg",
                _(
                    "The form for planning a meeting: title, date, start and end, place, "
                    "meeting leader and minute-takers."
                ),
                _("A new meeting: date, time, place and minute-taker."),
            ),
        ),
        Task(
            "dagsorden",
            _("Build the agenda"),
            (
                _("Open the meeting and choose **Add item**."),
                _(
                    "Write the title, choose the kind of item (decision, discussion, "
                    "information) and write the summary, the case text and the recommendations."
                ),
                _(
                    "Give the item a duration. The times of the items follow from the meeting's "
                    "start."
                ),
                _(
                    "Tick **Closed item** if the item must not be made public. Closed items and "
                    "their attachments are shown only to those who may read them."
                ),
                _("Add attachments to the item. PDF files can be read directly in the browser."),
                _(
                    "Move items with **Up** and **Down**; the numbers follow the order of the "
                    "agenda."
                ),
            ),
            Picture(
                "sekretariat-punkt",
                _(
                    "The form for a new agenda item: kind, number as printed, title, duration, "
                    "summary and case text."
                ),
                _("A new item on the agenda."),
            ),
        ),
        Task(
            "gennemlaesning",
            _("Send the draft for review"),
            (
                _("Open the meeting and choose **Send the draft agenda for review**."),
                _(
                    "Choose who is to read the draft, usually the chairs, and write a message "
                    "and a date for their comments if you like."
                ),
                _(
                    "They comment on the draft item by item. You see their comments on your "
                    "front page and at the item."
                ),
                _("Correct the draft and choose **Mark as resolved** at each comment."),
                _(
                    "The round ends when you publish the agenda; the round and its comments "
                    "are kept with the published version."
                ),
            ),
            Picture(
                "sekretariat-gennemlaesning",
                _(
                    "A review round of draft minutes: sent to the two chairs, with a chair's "
                    "comment and the button Mark as resolved."
                ),
                _("A review round: who it went to, and each comment to resolve."),
            ),
        ),
        Task(
            "udsend",
            _("Publish the agenda"),
            (
                _("Open the meeting and choose **Publish the agenda**."),
                _(
                    "The agenda is locked as a version and sent to the members. Its open items "
                    "are shown on the public site."
                ),
                _(
                    "A correction after that makes a new version that says who, when and why; "
                    "earlier versions can still be read."
                ),
            ),
            Picture(
                "sekretariat-moede",
                _(
                    "The secretariat's part of the meeting page: the button Publish the agenda "
                    "and the items with Up and Down."
                ),
                _("On the meeting page the secretariat publishes the agenda and orders its items."),
            ),
        ),
        Task(
            "afbud",
            _("Register apologies"),
            (
                _("Open the meeting. Everyone invited is listed under **Invited and attendance**."),
                _(
                    "Choose **Register apology** next to the person and name a substitute if "
                    "one comes instead."
                ),
                _("Members can also send their apologies themselves from the meeting page."),
            ),
            Picture(
                "sekretariat-afbud",
                _("The list of invitees with their status and a link to register an apology."),
                _("The invitees by party, each with their status."),
            ),
        ),
        Task(
            "referat",
            _("Write the minutes"),
            (
                _(
                    "When the meeting has been held, open it and choose **Register the meeting "
                    "as held**."
                ),
                _("Choose **Minutes** at each item."),
                _(
                    "Write the minutes and record a decision for each recommendation: approved, "
                    "not approved, noted, discussed, postponed or forwarded."
                ),
                _(
                    "A decision can create actions (who, what, by when) and forward the matter "
                    "to another forum's coming meetings."
                ),
            ),
            Picture(
                "sekretariat-referat",
                _(
                    "The minutes form of an item with the minutes text and a decision for each "
                    "recommendation."
                ),
                _("Minutes and decisions are written item by item."),
            ),
        ),
        Task(
            "godkendelse",
            _("Get the minutes approved and publish them"),
            (
                _(
                    "If you like, choose **Send the draft minutes for review**: to the chairs "
                    "and, if you choose, to all who attended."
                ),
                _(
                    "The chairs find the minutes on their front page and approve them with one "
                    "click; where the forum's rules say so, each participant approves too."
                ),
                _(
                    "When the minutes are approved, choose **Publish the minutes**. Their open "
                    "items appear on the public site."
                ),
                _(
                    "If the minutes were approved outside Klynge, for instance at the next "
                    "meeting, choose **Register approval made outside Klynge** and say how."
                ),
            ),
        ),
        Task(
            "opfoelgning",
            _("Follow up"),
            (
                _("Choose **Follow-up** in the menu."),
                _("The actions are listed by due date; the overdue ones first."),
                _(
                    "Open an action to change its status or add a remark. The person responsible "
                    "gets a reminder before the due date."
                ),
                _(
                    "Items waiting for a coming meeting are under **Items for coming meetings**; "
                    "put them on an agenda from there."
                ),
            ),
            Picture(
                "sekretariat-opfoelgning",
                _("The follow-up page with actions by forum, status and due date."),
                _("Follow-up: the actions of the cluster's fora."),
            ),
        ),
    ),
)

CHAIR = Guide(
    "formand",
    _("Chair"),
    _("Help for the chairs"),
    _("Read and comment on drafts, approve the minutes with one click."),
    (
        Task(
            "forside",
            _("See what waits for you"),
            (
                _("Log in. You land on the **Front page**."),
                _(
                    "It shows **Minutes waiting for your approval**, drafts **Sent to you for "
                    "review** and **Comments to you**: those that mention or answer you."
                ),
                _("Choose a line to go straight to it."),
            ),
            Picture(
                "formand-forside",
                _("The chair's front page with minutes waiting for approval."),
                _("The chair's front page: what waits for the chair."),
            ),
        ),
        Task(
            "gennemlaesning",
            _("Read and comment on a draft"),
            (
                _(
                    "When the secretariat sends you a draft for review, you get an e-mail and "
                    "the draft is on your front page."
                ),
                _("Open the draft and read it item by item."),
                _(
                    "Write your comments at the item. Only the secretariat and the others "
                    "reading the draft see them."
                ),
                _("The secretariat corrects the draft and marks your comment resolved."),
            ),
            Picture(
                "formand-gennemlaesning",
                _("An agenda item of a draft with the chair's comment for the secretariat."),
                _("A comment on the draft goes to the secretariat and the other readers."),
            ),
        ),
        Task(
            "godkend",
            _("Approve the minutes with one click"),
            (
                _(
                    "Choose the meeting under **Minutes waiting for your approval** on the front "
                    "page."
                ),
                _("Read the minutes."),
                _(
                    "Choose **Approve the minutes**. The time is recorded; when all the chairs "
                    "have approved, the minutes are approved and can be published."
                ),
                _("If you approved by mistake, the secretariat can withdraw your approval."),
            ),
            Picture(
                "formand-godkend",
                _(
                    "The approval of the minutes: neither chair has approved yet, and the button "
                    "Approve the minutes."
                ),
                _("One click approves the minutes."),
            ),
        ),
    ),
)

MEMBER = Guide(
    "medlem",
    _("Member"),
    _("Help for members"),
    _("Find your next meeting, prepare item by item with notes and comments."),
    (
        Task(
            "naeste-moede",
            _("Find your next meeting"),
            (
                _("Log in. You land on the **Front page**."),
                _(
                    "Your next meetings are under **My next meetings**, with the state of the "
                    "agenda and what is new since you last looked."
                ),
                _("Choose the meeting to open its agenda."),
            ),
            Picture(
                "medlem-forside",
                _("The member's front page with the next meetings at the top."),
                _("The front page: your next meetings first."),
            ),
        ),
        Task(
            "punkt",
            _("Read item by item"),
            (
                _("Open the meeting and choose **Read the agenda item by item**."),
                _(
                    "The agenda is at the side: each item with its number, title, a lock for "
                    "closed items and the number of comments. New items are marked."
                ),
                _(
                    "Choose an item to read its case text, recommendations and attachments. PDF "
                    "attachments open in the browser."
                ),
                _(
                    "Go on to the next item with the arrow at the top, or choose **Read the "
                    "whole agenda** to read everything on one page."
                ),
            ),
            Picture(
                "medlem-punkt",
                _("An agenda item with the agenda at the side and the item's text in the middle."),
                _("One item at a time, with the agenda at the side."),
            ),
        ),
        Task(
            "noter",
            _("Write private notes"),
            (
                _(
                    "Write in **My note** under **My private note** at the item and choose "
                    "**Save note**."
                ),
                _("Only you see your notes: not the secretariat, not the other members."),
            ),
            Picture(
                "medlem-note",
                _("The field for private notes at an agenda item."),
                _("Private notes: only you see them."),
            ),
        ),
        Task(
            "kommentarer",
            _("Comment and mention others"),
            (
                _(
                    "Write under **Comments** at the item and choose **Post comment**. Everyone "
                    "who may read the item sees it."
                ),
                _(
                    "Write @ and a username, for instance @formand, to mention a person; they "
                    "get an e-mail with a link to the item."
                ),
                _(
                    "Answer a comment with **Reply**. Your own comments you can **Edit** and "
                    "**Delete**."
                ),
            ),
            Picture(
                "medlem-kommentar",
                _("The comments at an agenda item with a field for a new comment."),
                _("Shared comments: everyone who may read the item sees them."),
            ),
        ),
        Task(
            "afbud",
            _("Send your apologies"),
            (
                _("Open the meeting and choose **Send apologies**."),
                _("Name who comes instead of you if someone does, and choose **Send apologies**."),
            ),
            Picture(
                "medlem-afbud",
                _("The form for sending apologies, with a substitute and a remark."),
                _("Apologies, with a substitute if one comes instead."),
            ),
        ),
        Task(
            "pdf",
            _("Download the agenda with your notes"),
            (
                _("Open the meeting and choose **Agenda with my notes (PDF)**."),
                _(
                    "The PDF has your private notes at each item: for printing or for reading "
                    "without a connection."
                ),
            ),
        ),
    ),
)

READER = Guide(
    "laeser",
    _("Reader"),
    _("Help for readers"),
    _("Find meetings, minutes and decisions in the archive."),
    (
        Task(
            "moeder",
            _("Find meetings and minutes"),
            (
                _("Choose **Meetings** in the menu to see the meetings of the fora you may read."),
                _("Choose a meeting to read its agenda and minutes."),
                _("Download the agenda and the minutes as PDF or Word from the meeting page."),
            ),
            Picture(
                "laeser-moeder",
                _("The list of meetings, coming and held."),
                _("Meetings of the fora you may read."),
            ),
        ),
        Task(
            "soeg",
            _("Search the archive"),
            (
                _("Write in the search field at the top of the page and press Enter."),
                _(
                    "The search finds the word in its other forms too: “godkendt” also finds "
                    "“godkende”."
                ),
                _(
                    "Open **Filters** to narrow the results: cluster or council, forum, period, "
                    "kind of item and decision."
                ),
            ),
            Picture(
                "laeser-soeg",
                _("Search results with the words found marked."),
                _("The search looks through agendas, minutes and decisions."),
            ),
        ),
        Task(
            "offentlig",
            _("The public site"),
            (
                _(
                    "What is public (published agendas and minutes, without closed items) can be "
                    "read by anyone on the **Public site**, without logging in."
                ),
                _("Send the public address to those who do not have a login."),
            ),
        ),
    ),
)

GUIDES = (SECRETARIAT, CHAIR, MEMBER, READER)


def guide_for(slug: str) -> Guide | None:
    return next((guide for guide in GUIDES if guide.slug == slug), None)


def pictures() -> list[Picture]:
    return [task.picture for guide in GUIDES for task in guide.tasks if task.picture]
