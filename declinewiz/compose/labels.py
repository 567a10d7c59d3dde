"""Every label a person reads for an answer's code, in one place: the wizard's choices, the
check page, the admin and the JSON interface's text all take them from here.

The action and channel labels are still defined beside their rules (compose/advice.py,
compose/channel.py) and offered here with the rest; import them from this module.
"""

from declinewiz.compose.advice import ACTION_LABELS
from declinewiz.compose.channel import CHANNEL_LABELS
from declinewiz.compose.types import ContactRole, Extra, ShareReason, Stage, Tone

__all__ = [
    "ACTION_LABELS",
    "CHANNEL_LABELS",
    "CONTACT_ROLE_LABELS",
    "EXTRA_LABELS",
    "SHARE_LABELS",
    "STAGE_LABELS",
    "TONE_LABELS",
]

STAGE_LABELS = {
    Stage.COLD_OUTREACH: "Someone reached out to me about a role",
    Stage.INVITED: "I've been invited to interview, but nothing is scheduled yet",
    Stage.SCHEDULED: "I have an interview scheduled",
    Stage.MID_PROCESS: "I'm partway through the process, after one or more rounds",
    Stage.OFFER: "They've made me an offer",
    Stage.REJECTED: "They turned me down after an interview, and I'd like to reply",
}
CONTACT_ROLE_LABELS = {
    ContactRole.RECRUITER: "Recruiter",
    ContactRole.HIRING_MANAGER: "Hiring manager",
    ContactRole.HR: "HR",
    ContactRole.OTHER: "Someone else",
}
TONE_LABELS = {
    Tone.FORMAL: "Formal",
    Tone.WARM: "Warm",
    Tone.BRIEF: "Brief",
}
SHARE_LABELS = {
    ShareReason.NONE: "No reason",
    ShareReason.BRIEF: "A brief, general reason",
    ShareReason.SPECIFIC: "My specific reason, in neutral words",
}

EXTRA_LABELS = {
    Extra.DOOR_OPEN: "Keep the door open for the future",
    Extra.OTHER_ROLES: "Say you'd be interested in other roles",
    Extra.REFER_SOMEONE: "Offer to recommend someone who might fit",
    Extra.PART_TIME: "Mention you're open to part-time or contract work",
    Extra.FEEDBACK: "Ask for feedback",
    Extra.APOLOGY: "Apologise once for the short notice",
}
