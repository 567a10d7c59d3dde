"""Every label a person reads for an answer's code, defined here and only here: the wizard's
choices, the check page, the close-out, the admin and the JSON interface's text all take them
from this module.
"""

from declinewiz.compose.types import Action, Channel, ContactRole, Extra, ShareReason, Stage, Tone

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
ACTION_LABELS = {
    Action.DECLINE: "Decline",
    Action.WITHDRAW: "Withdraw from the process",
    Action.RESCHEDULE: "Ask to reschedule",
    Action.NEGOTIATE: "Talk about the terms first",
    Action.OTHER_ROLES: "Decline this role, ask about others",
    Action.PAUSE: "Pause — I'm not sure yet",
    Action.REPLY: "Reply to the rejection",
}
CHANNEL_LABELS = {
    Channel.PHONE: "Phone call",
    Channel.EMAIL: "Email",
    Channel.PHONE_THEN_EMAIL: "Phone call, then a short email to confirm",
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
