"""Answers to what they may ask on the phone: honest, brief, firm, kind; per message and tone.

Each entry is (question, answers per tone, condition). Each tone has two answers, for the
first two wordings (the third asks the questions in another order);
an answer is a sentence or a tuple of alternatives, the first whose {fields} all have words
wins (as in plans.py). A condition names a field: the question is asked only when it is set.
None of it bargains unless the person chose to talk about the terms.
"""

from __future__ import annotations

from declinewiz.compose.types import Tone

F, W, B = Tone.FORMAL, Tone.WARM, Tone.BRIEF

WHY_LEAVING = (
    "Can I ask why?",
    {
        F: (
            (
                "Of course. {reason_cap}. It is a considered decision.",
                "I would rather not go into detail, but it is a considered decision.",
            ),
            (
                "Certainly: {reason}. I have thought it through carefully.",
                "It is a personal decision, and I have thought it through carefully.",
            ),
        ),
        W: (
            (
                "Of course. {reason_cap}, and I've thought it through.",
                "I'd rather not go into detail, but I've thought it through carefully.",
            ),
            (
                "Sure. Honestly, {reason}.",
                "It's a personal decision, but I'm sure it's the right one for me.",
            ),
        ),
        B: (
            ("{reason_cap}.", "I'd rather keep it brief: my decision is made."),
            ("Simply that {reason}.", "It's a personal decision."),
        ),
    },
    "",
)

LEAVING = (
    WHY_LEAVING,
    (
        "Is there anything that would change your mind?",
        {
            F: (
                "Thank you, but no. I have thought it through carefully, and my decision is final.",
                "I appreciate you asking, but my mind is made up.",
            ),
            W: (
                "That's kind of you, but no: I've thought it through, and I'm sure.",
                "I really appreciate it, but I've made my decision.",
            ),
            B: ("Thanks, but no. My decision is made.", "No, but thank you for asking."),
        },
        "",
    ),
    (
        "Would more money help?",
        {
            F: (
                (
                    "{if_pay}Pay was part of my thinking, but I have made my decision and will "
                    "stay with it.",
                    "Thank you, but it is not about the money, so it would not change my decision.",
                ),
                (
                    "{if_pay}It was a factor, I admit, but my decision stands.",
                    "That is generous, but my decision is not about pay.",
                ),
            ),
            W: (
                (
                    "{if_pay}Pay was part of it, but I've made my decision.",
                    "That's kind, but it isn't about money, so it wouldn't change my mind.",
                ),
                (
                    "{if_pay}It played a part, but my mind's made up.",
                    "Thanks, but it really isn't about the money.",
                ),
            ),
            B: (
                (
                    "{if_pay}Pay was part of it, but my decision is made.",
                    "Thanks, but it isn't about money.",
                ),
                ("{if_pay}It was a factor, but no.", "No, thank you: it's not about pay."),
            ),
        },
        "",
    ),
    (
        "Is it something we did?",
        {
            F: (
                "Not at all. You have been very professional throughout, and I am grateful.",
                "No, not in the least. It is about what is right for me at this point.",
            ),
            W: (
                "Not at all! You've been lovely throughout, and I'm grateful.",
                "No, honestly. It's just about what's right for me right now.",
            ),
            B: ("Not at all. It's about what's right for me.", "No, not at all."),
        },
        "",
    ),
    (
        "Would another role here interest you?",
        {
            F: (
                (
                    "{if_other_roles}Yes, I would be glad to hear about other openings that suit "
                    "my background.",
                    "{if_door}Not at the moment, thank you, but I would be glad to stay in touch.",
                    "Not at the moment, thank you.",
                ),
                (
                    "{if_other_roles}I would, yes. Please do keep me in mind.",
                    "{if_door}Not right now, though I would welcome staying in touch.",
                    "Not at present, thank you.",
                ),
            ),
            W: (
                (
                    "{if_other_roles}Yes, I'd love to hear about other openings that might suit "
                    "me.",
                    "{if_door}Not right now, thanks, but I'd love to keep in touch.",
                    "Not at the moment, thanks.",
                ),
                (
                    "{if_other_roles}Definitely. Do keep me in mind.",
                    "{if_door}Not for now, but let's stay in touch.",
                    "Not for now, thank you.",
                ),
            ),
            B: (
                (
                    "{if_other_roles}Yes, I'd be glad to hear about them.",
                    "Not at the moment, thanks.",
                ),
                ("{if_other_roles}Yes, please keep me in mind.", "Not for now, thanks."),
            ),
        },
        "",
    ),
    (
        "Do you know someone who might fit?",
        {
            F: (
                "Possibly. I will think about who in my network might suit the role and let "
                "you know.",
                "I may well. Let me think it over, and I will send you a name if one comes to "
                "mind.",
            ),
            W: (
                "Possibly! I'll have a think about who I know and get back to you.",
                "I might. Let me ask around, and I'll be in touch.",
            ),
            B: ("Possibly: I'll let you know.", "Maybe. I'll get back to you."),
        },
        "if_refer",
    ),
)

OTHER_ROLES = (
    WHY_LEAVING,
    (
        "What kind of role would suit you?",
        {
            F: (
                "One that builds on my experience. I would be happy to send a short note "
                "describing the kind of role I have in mind.",
                "A role closer to my background. May I follow up by email with a few details?",
            ),
            W: (
                "Something that builds on what I do best. I can send you a quick note on "
                "what I'm after.",
                "One closer to my experience. Shall I email you a few lines about it?",
            ),
            B: ("One closer to my experience. I'll email you a note.", "I'll send a short note."),
        },
        "",
    ),
    (
        "Would you reconsider this role?",
        {
            F: (
                "Thank you, but no. A different role would be another matter, though.",
                "I have decided on this one, but I would gladly consider another.",
            ),
            W: (
                "Thanks, but no. A different role could be another story, though!",
                "Not this one, but I'd be really happy to look at another.",
            ),
            B: ("No, but another role could suit me.", "Not this one, thanks."),
        },
        "",
    ),
    (
        "Can we keep your details on file?",
        {
            F: ("Yes, please. I would welcome that.", "Certainly, thank you."),
            W: ("Yes please, that would be great.", "Of course, I'd like that."),
            B: ("Yes, please.", "Yes, thanks."),
        },
        "",
    ),
    (
        "Would more money change it?",
        {
            F: (
                (
                    "{if_pay}Pay was part of it, but it is the role itself that does not fit.",
                    "Thank you, but it is about the role itself, not the pay.",
                ),
                (
                    "{if_pay}It played a part, but the role is the main thing.",
                    "That is kind, but it is the role, not the money.",
                ),
            ),
            W: (
                (
                    "{if_pay}Pay was part of it, but really it's the role itself.",
                    "Thanks, but it's the role itself, not the pay.",
                ),
                ("{if_pay}A little, but mostly it's the role.", "That's kind, but no."),
            ),
            B: (
                ("{if_pay}Partly, but it's mostly the role.", "No, it's the role itself."),
                ("{if_pay}Partly. Mostly the role.", "No, thanks."),
            ),
        },
        "",
    ),
)

DECLINE_OFFER = (
    (
        "Can I ask why?",
        {
            F: (
                (
                    "Of course. {reason_cap}. It was a difficult decision.",
                    "I would rather not go into detail, but it was a difficult decision, and it is "
                    "final.",
                ),
                (
                    "Certainly: {reason}. I did not take it lightly.",
                    "It is a personal decision, and I did not take it lightly.",
                ),
            ),
            W: (
                (
                    "Of course. {reason_cap}, and it was a really hard call.",
                    "I'd rather not go into detail, but it was a really hard call.",
                ),
                (
                    "Sure. Honestly, {reason}.",
                    "It's a personal decision, and I didn't make it lightly.",
                ),
            ),
            B: (
                ("{reason_cap}.", "It's a personal decision, and it's final."),
                ("Simply that {reason}.", "I'd rather keep it brief."),
            ),
        },
        "",
    ),
    (
        "Is there anything we could change?",
        {
            F: (
                "That is very kind of you, but no. My decision is final, and I did not want to "
                "bargain.",
                "I appreciate the thought, but there is nothing to change: my mind is made up.",
            ),
            W: (
                "That's really kind, but no. I've made my decision, and I don't want to haggle.",
                "Thank you for asking, but there's nothing to change. I'm sure.",
            ),
            B: ("Thank you, but no. My decision is made.", "No, but thank you."),
        },
        "",
    ),
    (
        "Can we match it?",
        {
            F: (
                (
                    "{if_accepted}Thank you, but I have already accepted the other offer, and I "
                    "will keep my word.",
                    "Thank you, but it is not a question of matching anything. My decision stands.",
                ),
                (
                    "{if_accepted}That is generous, but I have given my word elsewhere.",
                    "That is generous, but my decision is not about the figures.",
                ),
            ),
            W: (
                (
                    "{if_accepted}That's generous, but I've already said yes to the other offer, "
                    "and I'll stick to it.",
                    "That's generous, but it isn't about matching a figure. I've decided.",
                ),
                (
                    "{if_accepted}Thanks, but I've given my word.",
                    "Thanks, but it isn't about the numbers.",
                ),
            ),
            B: (
                (
                    "{if_accepted}Thanks, but I've accepted it already.",
                    "Thanks, but no. It isn't about the figures.",
                ),
                ("{if_accepted}No, I've given my word.", "No, thank you."),
            ),
        },
        "",
    ),
    (
        "Is it something we did?",
        {
            F: (
                "Not at all. The process has been excellent, and I have enjoyed meeting everyone.",
                "No, quite the opposite. You have all been generous with your time.",
            ),
            W: (
                "Not at all! It's been a lovely process, and I've really enjoyed meeting everyone.",
                "Honestly, no. You've all been brilliant.",
            ),
            B: ("Not at all. The process was great.", "No, not at all."),
        },
        "",
    ),
    (
        "Would you consider us in future?",
        {
            F: (
                "I would, very gladly. I hope we stay in touch.",
                "Certainly. I would welcome hearing from you again.",
            ),
            W: (
                "I'd love that. Let's stay in touch.",
                "Definitely, I'd be really glad to hear from you.",
            ),
            B: ("Yes, gladly.", "Yes, let's stay in touch."),
        },
        "",
    ),
    (
        "Can you tell us about the other offer?",
        {
            F: (
                "I would rather keep the details private, if you don't mind.",
                "I would prefer not to go into the details, but thank you for understanding.",
            ),
            W: (
                "I'd rather keep the details to myself, if that's okay.",
                "I'd prefer not to say much about it, I hope you understand.",
            ),
            B: ("I'd rather keep that private.", "I'd prefer not to say."),
        },
        "if_other_offer",
    ),
)

RESCHEDULE = (
    (
        "Can I ask why?",
        {
            F: (
                "The original time does not work for me, but I remain very interested in the role.",
                "It is simply the timing. My interest in the role has not changed.",
            ),
            W: (
                "The time just doesn't work for me any more, but I'm still really keen.",
                "It's only the timing: I'm as interested as ever.",
            ),
            B: ("Just the timing. I'm still keen.", "Only the timing."),
        },
        "",
    ),
    (
        "Could you make the original time after all?",
        {
            F: (
                "I am afraid not, which is why I am asking. I am flexible on the new time.",
                "Unfortunately not, but I will make any reasonable new time work.",
            ),
            W: (
                "I'm afraid not, which is why I'm asking. I'm flexible on the new time, though.",
                "Sadly not, but I'll fit around whatever suits you.",
            ),
            B: ("I'm afraid not, but I'm flexible.", "No, but any other time is fine."),
        },
        "",
    ),
    (
        "What times would suit you?",
        {
            F: (
                (
                    "I could do {times}.",
                    "Would {one_time} suit you?",
                    "I am fairly flexible. Could you suggest a few times? I will confirm quickly.",
                ),
                (
                    "{times_cap} would suit me.",
                    "{one_time_cap} would suit me well.",
                    "Whatever suits you; I will make it work.",
                ),
            ),
            W: (
                (
                    "I could do {times}.",
                    "Would {one_time} work for you?",
                    "I'm pretty flexible. Could you suggest a few times? I'll confirm quickly.",
                ),
                (
                    "{times_cap} would be great.",
                    "{one_time_cap} would be great.",
                    "Honestly, whatever's easiest for you.",
                ),
            ),
            B: (
                ("{times_cap}.", "{one_time_cap}.", "Any time that suits you."),
                ("I'm free {times}.", "I'm free {one_time}.", "I'm flexible."),
            ),
        },
        "",
    ),
    (
        "Would a video call work instead?",
        {
            F: (
                "Yes, a video call would be perfectly fine, at whichever new time we agree.",
                "Certainly, if that is easier for the team.",
            ),
            W: (
                "Yes, happy to do it by video, at whatever new time works.",
                "Of course, if that makes it easier for you.",
            ),
            B: ("Yes, that's fine.", "Sure."),
        },
        "",
    ),
    (
        "Are you still interested in the role?",
        {
            F: (
                "Very much so. That is why I would like to find another time.",
                "Absolutely. I am keen to meet the team.",
            ),
            W: (
                "Very much! That's why I'd love to find another time.",
                "Absolutely, I'm really looking forward to it.",
            ),
            B: ("Yes, very much.", "Definitely."),
        },
        "",
    ),
)

NEGOTIATE = (
    (
        "Can I ask why?",
        {
            F: (
                (
                    "{reason_cap}, so I wanted to ask before we go further.",
                    "I want to be sure the role can work for me before we go further.",
                ),
                ("It is about {obstacle}: I would like to be sure the role can work for me.",),
            ),
            W: (
                (
                    "{reason_cap}, so I wanted to ask before we go any further.",
                    "I want to be sure the role can work for me before we go further.",
                ),
                ("It's about {obstacle}. I'd love to make it work.",),
            ),
            B: (
                ("{reason_cap}.", "I want to be sure it can work for me."),
                ("It's about {obstacle}.",),
            ),
        },
        "",
    ),
    (
        "What would you need?",
        {
            F: (
                (
                    "What would make it work for me is {ask}.",
                    "Let me put it in writing: I will send you a clear figure by email today.",
                ),
                (
                    "Specifically, {ask}.",
                    "I will email you the details today, so there is no misunderstanding.",
                ),
            ),
            W: (
                (
                    "What would make it work for me is {ask}.",
                    "Good question. I'll send you the details by email today.",
                ),
                ("Honestly, {ask}.", "Let me pop the details in an email today."),
            ),
            B: (
                ("{ask_cap}.", "I'll email you the details today."),
                ("{ask_cap}, ideally.", "I'll send details by email."),
            ),
        },
        "",
    ),
    (
        "And if it can't change?",
        {
            F: (
                "Then I will think it over and let you know my decision quickly, either way.",
                "Then I will consider it carefully and give you a clear answer soon.",
            ),
            W: (
                "Then I'll think it over and let you know quickly, either way.",
                "Then I'll have a proper think and come back to you soon.",
            ),
            B: ("Then I'll decide quickly.", "Then I'll let you know soon."),
        },
        "",
    ),
    (
        "Is that your final position?",
        {
            F: (
                "It is what I would need for the role to work, but I am happy to talk it through.",
                "It is where I would need to be, though I am open to discussing how we get there.",
            ),
            W: (
                "It's what I'd need for it to work, but I'm happy to talk it through.",
                "It's where I'd need to be, but I'm open to ideas.",
            ),
            B: ("It's what I'd need, but I'm open to talking.", "Roughly, yes."),
        },
        "",
    ),
    (
        "Are you still interested in the role?",
        {
            F: (
                "Very much so. That is exactly why I am asking.",
                "Absolutely. I would like to find a way to make it work.",
            ),
            W: (
                "Really interested, yes. That's exactly why I'm asking.",
                "Absolutely, I'd love to make it work.",
            ),
            B: ("Yes, that's why I'm asking.", "Very much."),
        },
        "",
    ),
    (
        "Do you have other offers?",
        {
            F: (
                "I do have another offer, so I would like to be clear about this one.",
                "There is another offer, yes, but this is the role I would like to make work.",
            ),
            W: (
                "I do have another one, so I'd like to be clear on this.",
                "I do, but this is the one I'd love to make work.",
            ),
            B: ("Yes, one.", "I do, yes."),
        },
        "if_other_offer",
    ),
)

PAUSE = (
    (
        "Can I ask why?",
        {
            F: (
                "I want to give it proper thought, so that my answer is one I can stand by.",
                "It is an important decision, and I would like to make it carefully.",
            ),
            W: (
                "I just want to give it proper thought, so my answer is one I can stand by.",
                "It's a big decision, and I want to get it right.",
            ),
            B: ("I want to be sure.", "It's a big decision."),
        },
        "",
    ),
    (
        "When will you decide?",
        {
            F: (
                "By {until} at the latest, and sooner if I can.",
                "You will have my answer by {until}.",
            ),
            W: (
                "By {until} at the latest, and sooner if I can.",
                "You'll hear from me by {until}, promise.",
            ),
            B: ("By {until}.", "{until_cap} at the latest."),
        },
        "",
    ),
    (
        "Would more money help?",
        {
            F: (
                "That is kind of you. For now I simply need a few days to think it over.",
                "I appreciate it, but what I need is a little time.",
            ),
            W: (
                "That's kind. For now I just need a few days to think it over.",
                "Thanks, but really I just need a bit of time.",
            ),
            B: ("Thanks, but I just need a few days.", "I just need time."),
        },
        "",
    ),
    (
        "Is there anything we can clarify?",
        {
            F: (
                "Not at the moment, thank you. If a question comes up, I will ask you "
                "straight away.",
                "I may have a question or two; I will email them if so.",
            ),
            W: (
                "Not right now, thanks. If anything comes up, I'll ask you straight away.",
                "Maybe one or two things: I'll drop you an email if so.",
            ),
            B: ("Not right now, thanks.", "I'll email if so."),
        },
        "",
    ),
    (
        "Could you decide sooner?",
        {
            F: (
                "I will do my best, and I will tell you as soon as I know.",
                "If I can, I will; you will hear from me the moment I decide.",
            ),
            W: (
                "I'll do my best, and I'll tell you as soon as I know.",
                "If I can, definitely. You'll be the first to know.",
            ),
            B: ("I'll try.", "If I can, yes."),
        },
        "",
    ),
    (
        "Do you have another offer?",
        {
            F: (
                "I do, and I would like to weigh them both properly.",
                "There is another offer, yes, and I want to be fair to both.",
            ),
            W: (
                "I do, and I want to weigh them up properly.",
                "I do, yes, so I'd like to be fair to both.",
            ),
            B: ("I do, yes.", "Yes, one."),
        },
        "if_other_offer",
    ),
)

REPLY = (
    (
        "Would you like some feedback?",
        {
            F: (
                "Yes, please. Anything you can share would help me a great deal.",
                "I would be very grateful for it, thank you.",
            ),
            W: (
                "Yes please, anything you can share would really help.",
                "I'd love that, thank you.",
            ),
            B: ("Yes, please.", "Yes, thanks."),
        },
        "",
    ),
    (
        "Would you like us to keep your details on file?",
        {
            F: (
                "Yes, please. I would welcome hearing about future roles.",
                "Certainly, thank you.",
            ),
            W: ("Yes please, I'd love to hear about future roles.", "Definitely, thanks."),
            B: ("Yes, please.", "Yes, thanks."),
        },
        "",
    ),
    (
        "Would another role interest you?",
        {
            F: (
                (
                    "{if_part_time}Yes, very much, including part-time or contract work.",
                    "Yes, very much.",
                ),
                ("Certainly. Please do get in touch if one comes up.",),
            ),
            W: (
                (
                    "{if_part_time}Yes, definitely, and part-time or contract work too.",
                    "Yes, definitely.",
                ),
                ("I'd love that. Please do get in touch.",),
            ),
            B: (("{if_part_time}Yes, part-time or contract too.", "Yes."), ("Yes, gladly.",)),
        },
        "",
    ),
    (
        "Are you still looking?",
        {
            F: (
                "I am, so I would be glad to hear of anything suitable.",
                "Yes, I am still looking.",
            ),
            W: ("I am, so do let me know if anything comes up.", "Yes, still looking!"),
            B: ("Yes, I am.", "Still looking, yes."),
        },
        "",
    ),
    (
        "Do you have any questions for us?",
        {
            F: (
                "Just one: is there anything I could work on for next time?",
                "Only whether there is anything I might do differently next time.",
            ),
            W: (
                "Just one: is there anything I could work on for next time?",
                "Only what I could do better next time, if you have a moment.",
            ),
            B: ("Just what I could improve.", "Only what to work on next time."),
        },
        "",
    ),
)

MINIMAL = (
    (
        "Can I ask why?",
        {
            F: ("I would rather not go into it. Thank you.", "I prefer not to say. Thank you."),
            W: ("I'd rather not go into it, thanks.", "I'd prefer not to say, thanks."),
            B: ("I'd rather not say.", "I'd rather not say."),
        },
        "",
    ),
    (
        "Could you send us your CV or some documents?",
        {
            F: ("No, thank you.", "No, thank you."),
            W: ("No, thank you.", "No, thanks."),
            B: ("No, thanks.", "No, thanks."),
        },
        "",
    ),
    (
        "Could you confirm a few personal details?",
        {
            F: (
                "No. I will not be sharing any personal details.",
                "I will not share personal details, thank you.",
            ),
            W: (
                "No, I won't be sharing any personal details.",
                "I'd rather not share personal details.",
            ),
            B: ("No.", "No, thanks."),
        },
        "",
    ),
    (
        "Can we arrange a call?",
        {
            F: ("No, thank you. I have made my decision.", "That won't be necessary, thank you."),
            W: ("No, thanks. I've made my decision.", "No need, thanks."),
            B: ("No, thanks.", "No need."),
        },
        "",
    ),
    (
        "Would another role interest you?",
        {
            F: ("No, thank you.", "Not at all, thank you."),
            W: ("No, thanks.", "No, thank you."),
            B: ("No.", "No, thanks."),
        },
        "",
    ),
)

PUSHBACK: dict[str, tuple] = {
    "leaving": LEAVING,
    "other_roles": OTHER_ROLES,
    "decline_offer": DECLINE_OFFER,
    "reschedule": RESCHEDULE,
    "negotiate": NEGOTIATE,
    "pause": PAUSE,
    "reply": REPLY,
    "minimal": MINIMAL,
}
