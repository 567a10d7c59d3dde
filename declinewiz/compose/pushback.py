"""Answers to what they may ask on the phone: honest, brief, firm, kind; per message and tone.

Each entry is (question, answers per tone, condition). Each tone has three answers, one per
wording, so "Try another wording" changes what is said, not only the order it is said in.
An answer is a sentence or a tuple of alternatives, the first whose {fields} all have words
wins (as in plans.py). A condition names a field: the question is asked only when it is set.
None of it bargains unless the person chose to talk about the terms, and an answer about money
says money was no part of it only when it was not ({if_not_pay}); otherwise it just declines.
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
            (
                "Chiefly because {reason}. I am confident it is the right choice.",
                "I would prefer to keep my reasons to myself, but I am confident it is the right "
                "choice.",
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
            (
                "Mostly because {reason}. I feel good about the decision.",
                "It's personal, really, but I feel good about the decision.",
            ),
        ),
        B: (
            ("{reason_cap}.", "I'd rather keep it brief: my decision is made."),
            ("Simply that {reason}.", "It's a personal decision."),
            ("Because {reason}.", "I'd rather not say, but I'm sure."),
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
                "That is kind of you to ask, but I am certain of my decision.",
            ),
            W: (
                "That's kind of you, but no: I've thought it through, and I'm sure.",
                "I really appreciate it, but I've made my decision.",
                "You're kind to ask, but no. I'm settled on it.",
            ),
            B: (
                "Thanks, but no. My decision is made.",
                "No, but thank you for asking.",
                "I'm afraid not. I'm sure of it.",
            ),
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
                    "{if_not_pay}Thank you, but it is not about the money, so it would not change "
                    "my decision.",
                    "That is generous of you, but my decision is made.",
                ),
                (
                    "{if_pay}It was a factor, I admit, but my decision stands.",
                    "{if_not_pay}That is generous, but my decision is not about pay.",
                    "I appreciate the thought, but I will stay with my decision.",
                ),
                (
                    "{if_pay}Pay did play a part, but my mind is made up, so I would not want you "
                    "to go to that trouble.",
                    "{if_not_pay}That is kind, but no. The salary was never the issue.",
                    "Thank you, but I would not want you to go to that trouble.",
                ),
            ),
            W: (
                (
                    "{if_pay}Pay was part of it, but I've made my decision.",
                    "{if_not_pay}That's kind, but it isn't about money, so it wouldn't change my "
                    "mind.",
                    "That's generous, but my mind's made up.",
                ),
                (
                    "{if_pay}It played a part, but my mind's made up.",
                    "{if_not_pay}Thanks, but it really isn't about the money.",
                    "Thanks, but I'll stick with my decision.",
                ),
                (
                    "{if_pay}Honestly, it was one reason, but please don't go to any trouble: "
                    "I've decided.",
                    "{if_not_pay}I appreciate the thought, but no. Salary was never the issue for "
                    "me.",
                    "That's kind, but please don't go to any trouble: I've decided.",
                ),
            ),
            B: (
                (
                    "{if_pay}Pay was part of it, but my decision is made.",
                    "{if_not_pay}Thanks, but it isn't about money.",
                    "Thanks, but no.",
                ),
                (
                    "{if_pay}It was a factor, but no.",
                    "{if_not_pay}No, thank you: it's not about pay.",
                    "No, thank you.",
                ),
                (
                    "{if_pay}Partly, but I've decided.",
                    "{if_not_pay}No. Salary isn't the issue.",
                    "I've decided, thanks.",
                ),
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
                "Certainly not. It is entirely about my own circumstances, and you have been "
                "nothing but helpful.",
            ),
            W: (
                "Not at all! You've been lovely throughout, and I'm grateful.",
                "No, honestly. It's just about what's right for me right now.",
                "Oh, not at all! It's down to my own situation, and you've been really helpful.",
            ),
            B: (
                "Not at all. It's about what's right for me.",
                "No, not at all.",
                "No. It's down to my own situation.",
            ),
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
                    "{if_door}Not at the moment, thank you, though I would be glad to keep the door open.",
                    "Not at the moment, thank you.",
                ),
                (
                    "{if_other_roles}I would, yes. Please do keep me in mind.",
                    "{if_door}Not right now, though I would welcome staying in touch.",
                    "Not at present, thank you.",
                ),
                (
                    "{if_other_roles}It would. I would welcome hearing about anything closer to "
                    "my experience.",
                    "{if_door}Not for now, but I would be pleased to hear from you in future.",
                    "Not for the time being, thank you.",
                ),
            ),
            W: (
                (
                    "{if_other_roles}Yes, I'd love to hear about other openings that might suit "
                    "me.",
                    "{if_door}Not right now, thanks, but I meant it about keeping in touch.",
                    "Not at the moment, thanks.",
                ),
                (
                    "{if_other_roles}Definitely. Do keep me in mind.",
                    "{if_door}Not for now, but I'd be glad to hear from you again.",
                    "Not for now, thank you.",
                ),
                (
                    "{if_other_roles}It would! I'd be really glad to hear what else comes up.",
                    "{if_door}Not just now, but I'd be happy to hear from you down the line.",
                    "Not just now, but thanks for thinking of me.",
                ),
            ),
            B: (
                (
                    "{if_other_roles}Yes, I'd be glad to hear about them.",
                    "Not at the moment, thanks.",
                ),
                ("{if_other_roles}Yes, please keep me in mind.", "Not for now, thanks."),
                ("{if_other_roles}It would, yes. Do let me know.", "Not just now, thank you."),
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
                "Someone may come to mind. If so, and if they agree, I will pass on their name.",
            ),
            W: (
                "Possibly! I'll have a think about who I know and get back to you.",
                "I might. Let me ask around, and I'll be in touch.",
                "Maybe! If someone comes to mind, I'll check they're happy for me to pass on "
                "their name.",
            ),
            B: (
                "Possibly: I'll let you know.",
                "Maybe. I'll get back to you.",
                "Perhaps. I'll ask around.",
            ),
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
                "Something that makes fuller use of my experience. I will set out a few "
                "specifics in my email, if that helps.",
            ),
            W: (
                "Something that builds on what I do best. I can send you a quick note on "
                "what I'm after.",
                "One closer to my experience. Shall I email you a few lines about it?",
                "Ideally something that plays to my strengths. I'll put a few specifics in my "
                "follow-up email.",
            ),
            B: (
                "One closer to my experience. I'll email you a note.",
                "I'll send a short note.",
                "Let me send you specifics by email.",
            ),
        },
        "",
    ),
    (
        "Would you reconsider this role?",
        {
            F: (
                "Thank you, but no. A different role would be another matter, though.",
                "I have decided on this one, but I would gladly consider another.",
                "I have thought about it carefully, and this one is not right for me. I would be "
                "glad to look at others, though.",
            ),
            W: (
                "Thanks, but no. A different role could be another story, though!",
                "Not this one, but I'd be really happy to look at another.",
                "I've given it real thought, and this one isn't for me. I'd happily look at "
                "something else, though.",
            ),
            B: (
                "No, but another role could suit me.",
                "Not this one, thanks.",
                "I'm afraid not, but I'm open to others.",
            ),
        },
        "",
    ),
    (
        "Can we keep your details on file?",
        {
            F: (
                "Yes, please. I would welcome that.",
                "Certainly, thank you.",
                "Please do. I would appreciate being considered.",
            ),
            W: (
                "Yes please, that would be great.",
                "Of course, I'd like that.",
                "Please do, thanks so much.",
            ),
            B: ("Yes, please.", "Yes, thanks.", "Please do."),
        },
        "",
    ),
    (
        "Would more money change it?",
        {
            F: (
                (
                    "{if_pay}Pay was part of it, but it is the role itself that does not fit.",
                    "{if_not_pay}Thank you, but it is about the role itself, not the pay.",
                    "Thank you, but it is the role itself that does not fit.",
                ),
                (
                    "{if_pay}It played a part, but the role is the main thing.",
                    "{if_not_pay}That is kind, but it is the role, not the money.",
                    "That is kind, but my decision is about the role.",
                ),
                (
                    "{if_pay}Pay was one consideration, but the role itself is why I am declining.",
                    "{if_not_pay}No, thank you. It is the nature of the role rather than the "
                    "salary.",
                    "No, thank you. It is the nature of the role that decided it.",
                ),
            ),
            W: (
                (
                    "{if_pay}Pay was part of it, but really it's the role itself.",
                    "{if_not_pay}Thanks, but it's the role itself, not the pay.",
                    "Thanks, but really it's the role itself.",
                ),
                (
                    "{if_pay}A little, but mostly it's the role.",
                    "{if_not_pay}That's kind, but no.",
                    "That's kind, but it's about the role.",
                ),
                (
                    "{if_pay}Only partly. It's really the role itself that isn't the right fit.",
                    "{if_not_pay}I appreciate that, but it's the role rather than the salary.",
                    "I appreciate that, but it's the role that isn't the right fit.",
                ),
            ),
            B: (
                (
                    "{if_pay}Partly, but it's mostly the role.",
                    "{if_not_pay}No, it's the role itself.",
                    "No, it's about the role.",
                ),
                ("{if_pay}Partly. Mostly the role.", "{if_not_pay}No, thanks.", "No, thanks."),
                (
                    "{if_pay}Only partly: it's the role.",
                    "{if_not_pay}It's the role, not the salary.",
                    "It's the role that decided it.",
                ),
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
                (
                    "Chiefly because {reason}. I weighed it very carefully.",
                    "It is a personal matter, and I weighed it very carefully.",
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
                (
                    "Mostly because {reason}. I went back and forth on it for a while.",
                    "It's personal, really. I went back and forth on it for a while.",
                ),
            ),
            B: (
                ("{reason_cap}.", "It's a personal decision, and it's final."),
                ("Simply that {reason}.", "I'd rather keep it brief."),
                ("Because {reason}.", "Personal reasons, but I'm sure."),
            ),
        },
        "",
    ),
    (
        "Is there anything we could change?",
        {
            F: (
                "That is very kind of you, but no. My decision is final, and I am not looking to "
                "negotiate.",
                "I appreciate the thought, but there is nothing to change: my mind is made up.",
                "I appreciate your willingness, but no. My answer would be the same whatever "
                "changed.",
            ),
            W: (
                "That's really kind, but no. I've made my decision, and I'm not angling for a "
                "better offer.",
                "Thank you for asking, but there's nothing to change. I'm sure.",
                "You're kind to offer, but no. My answer would be the same either way.",
            ),
            B: (
                "Thank you, but no. My decision is made.",
                "No, but thank you.",
                "No, thank you. My answer won't change.",
            ),
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
                    "{if_not_pay}Thank you, but it is not a question of matching anything. My "
                    "decision stands.",
                    "Thank you, but my decision stands.",
                ),
                (
                    "{if_accepted}That is generous, but I have given my word elsewhere.",
                    "{if_not_pay}That is generous, but my decision is not about the figures.",
                    "That is generous, but I will not be changing my answer.",
                ),
                (
                    "{if_accepted}I appreciate that, but I have committed to them, and I intend to "
                    "honour it.",
                    "{if_not_pay}I appreciate that, but the figures were not what decided it.",
                    "I appreciate that, but my answer is final.",
                ),
            ),
            W: (
                (
                    "{if_accepted}That's generous, but I've already said yes to the other offer, "
                    "and I'll stick to it.",
                    "{if_not_pay}That's generous, but it isn't about matching a figure. I've "
                    "decided.",
                    "That's generous, but I've decided.",
                ),
                (
                    "{if_accepted}Thanks, but I've given my word.",
                    "{if_not_pay}Thanks, but it isn't about the numbers.",
                    "Thanks, but my answer's the same.",
                ),
                (
                    "{if_accepted}That's really kind, but I've committed to them now, and I want "
                    "to honour that.",
                    "{if_not_pay}I appreciate it, but money wasn't what decided it.",
                    "I appreciate it, but my mind's made up.",
                ),
            ),
            B: (
                (
                    "{if_accepted}Thanks, but I've already accepted another offer.",
                    "{if_not_pay}Thanks, but no. It isn't about the figures.",
                    "Thanks, but no.",
                ),
                ("{if_accepted}No, I've given my word.", "{if_not_pay}No, thank you.", "No."),
                (
                    "{if_accepted}No, I've committed to them.",
                    "{if_not_pay}Thanks, but money didn't decide it.",
                    "No, my answer's final.",
                ),
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
                "Certainly not. Everyone has treated me so well, which made this all the harder.",
            ),
            W: (
                "Not at all! It's been a lovely process, and I've really enjoyed meeting everyone.",
                "Honestly, no. You've all been brilliant.",
                "No, the opposite! Everyone's been so kind, which made it harder to decide.",
            ),
            B: (
                "Not at all. The process was great.",
                "No, not at all.",
                "No. Everyone's been great.",
            ),
        },
        "",
    ),
    (
        "Would you consider us in future?",
        {
            F: (
                "I would, very gladly. I hope we stay in touch.",
                "Certainly. I would welcome hearing from you again.",
                "Yes, I would. I would be pleased to hear from you if circumstances change.",
            ),
            W: (
                "I'd love that. Let's stay in touch.",
                "Definitely, I'd be really glad to hear from you.",
                "I really would. Please do get in touch if things change.",
            ),
            B: ("Yes, gladly.", "Yes, let's stay in touch.", "I would, yes."),
        },
        "",
    ),
    (
        "Can you tell us about the other offer?",
        {
            F: (
                "I would rather keep the details private, if you don't mind.",
                "I would prefer not to go into the details, but thank you for understanding.",
                "I would rather not share another company's terms, but thank you for asking.",
            ),
            W: (
                "I'd rather keep the details to myself, if that's okay.",
                "I'd prefer not to say much about it, I hope you understand.",
                "I'd better keep that between me and them, but thanks for asking.",
            ),
            B: (
                "I'd rather keep that private.",
                "I'd prefer not to say.",
                "I'll keep that confidential, thanks.",
            ),
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
                "I am unable to make that time, I am afraid. I am just as keen on the role.",
            ),
            W: (
                "The time just doesn't work for me any more, but I'm still really keen.",
                "It's only the timing: I'm as interested as ever.",
                "I just can't make that time, sadly. I'm just as excited about the role.",
            ),
            B: ("Just the timing. I'm still keen.", "Only the timing.", "I can't make that time."),
        },
        "",
    ),
    (
        "Could you make the original time after all?",
        {
            F: (
                "I am afraid not, which is why I am asking. I am flexible on the new time.",
                "Unfortunately not, but I will make any reasonable new time work.",
                "I have looked at it again, but I cannot. I will fit in with whatever suits the "
                "team.",
            ),
            W: (
                "I'm afraid not, which is why I'm asking. I'm flexible on the new time, though.",
                "Sadly not, but I'll fit around whatever suits you.",
                "I wish I could, but it's not possible. Give me a few options and I'll make one "
                "work.",
            ),
            B: (
                "I'm afraid not, but I'm flexible.",
                "No, but any other time is fine.",
                "Sadly not. Another time works.",
            ),
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
                (
                    "My best options are {times}.",
                    "{one_time_cap} is my best option.",
                    "I can be flexible. What would suit the team?",
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
                (
                    "Could we try {times}?",
                    "Could we try {one_time}?",
                    "I can be really flexible, so just tell me what suits you.",
                ),
            ),
            B: (
                ("{times_cap}.", "{one_time_cap}.", "Any time that suits you."),
                ("I'm free {times}.", "I'm free {one_time}.", "I'm flexible."),
                ("Ideally {times}.", "Ideally {one_time}.", "Whatever suits you."),
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
                "By all means. Meeting by video would suit me equally well.",
            ),
            W: (
                "Yes, happy to do it by video, at whatever new time works.",
                "Of course, if that makes it easier for you.",
                "Absolutely, video works for me.",
            ),
            B: ("Yes, that's fine.", "Sure.", "Yes, video's fine."),
        },
        "",
    ),
    (
        "Are you still interested in the role?",
        {
            F: (
                "Very much so. That is why I would like to find another time.",
                "Absolutely. I am keen to meet the team.",
                "Certainly. This is only about the timing, not my interest.",
            ),
            W: (
                "Very much! That's why I'd love to find another time.",
                "Absolutely, I'm really looking forward to it.",
                "Definitely! Nothing has changed there.",
            ),
            B: ("Yes, very much.", "Definitely.", "Absolutely."),
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
                (
                    "It is about {obstacle}: I would like to be sure the role can work for me.",
                    "It is about the terms: I would like to be sure the role can work for me.",
                ),
                (
                    "There is something I would like to settle first: {obstacle}.",
                    "There is something I would like to settle first.",
                ),
            ),
            W: (
                (
                    "{reason_cap}, so I wanted to ask before we go any further.",
                    "I want to be sure the role can work for me before we go further.",
                ),
                ("It's about {obstacle}. I'd love to make it work.", "I'd love to make it work."),
                (
                    "I'm really keen, and there's just something to sort out first: {obstacle}.",
                    "I'm really keen, and there's just something I'd like to sort out first.",
                ),
            ),
            B: (
                ("{reason_cap}.", "I want to be sure it can work for me."),
                ("It's about {obstacle}.", "It's about the terms."),
                ("Something to settle first: {obstacle}.", "Something to settle first."),
            ),
        },
        "",
    ),
    (
        "What would you need?",
        {
            F: (
                (
                    "As I mentioned, {ask}. With that, the role would work well for me.",
                    "Some flexibility on {obstacle}. I will set out the details by email today.",
                    "I will set out the details by email today.",
                ),
                (
                    "Specifically, {ask}.",
                    "I will email you the details today, so there is no misunderstanding.",
                ),
                (
                    "To make it work, I would be looking for {ask}. I will confirm that by email.",
                    "I would rather set it out carefully, so I will put it in an email today.",
                ),
            ),
            W: (
                (
                    "Just what I said: {ask}. That would make it work for me.",
                    "Really, some flexibility on {obstacle}. I'll send you the details by email today.",
                    "I'll send you the details by email today.",
                ),
                ("Honestly, {ask}.", "Let me pop the details in an email today."),
                (
                    "For me it would be {ask}. I'll follow up in writing too.",
                    "I'd like to get it right, so I'll put it in writing for you today.",
                ),
            ),
            B: (
                (
                    "{ask_cap}.",
                    "Flexibility on {obstacle}. Details by email.",
                    "I'll email you the details today.",
                ),
                ("{ask_cap}, ideally.", "I'll send details by email."),
                ("Mainly {ask}.", "Details by email today."),
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
                "Then I would need to think carefully about whether the role is right for me, "
                "and I would tell you promptly.",
            ),
            W: (
                "Then I'll think it over and let you know quickly, either way.",
                "Then I'll have a proper think and come back to you soon.",
                "Then I'd need to weigh it up honestly, and I'd let you know where I land as soon "
                "as I can.",
            ),
            B: (
                "Then I'll decide quickly.",
                "Then I'll let you know soon.",
                "Then I'll weigh it up and tell you.",
            ),
        },
        "",
    ),
    (
        "Is that your final position?",
        {
            F: (
                "It is what I would need for the role to work, but I am happy to talk it through.",
                "It is where I would need to be, though I am open to discussing how we get there.",
                "It reflects what I genuinely need, and I would welcome hearing what is possible "
                "on your side.",
            ),
            W: (
                "It's what I'd need for it to work, but I'm happy to talk it through.",
                "It's where I'd need to be, but I'm open to ideas.",
                "It's an honest picture of what I need, and I'd love to hear what's possible your "
                "end.",
            ),
            B: (
                "It's what I'd need, but I'm open to talking.",
                "Roughly, yes.",
                "It's what I need. What's possible your side?",
            ),
        },
        "",
    ),
    (
        "Are you still interested in the role?",
        {
            F: (
                "Very much so. That is exactly why I am asking.",
                "Absolutely. I would like to find a way to make it work.",
                "Yes, genuinely. I would not be asking otherwise.",
            ),
            W: (
                "Really interested, yes. That's exactly why I'm asking.",
                "Absolutely, I'd love to make it work.",
                "Of course! I wouldn't be asking if I weren't.",
            ),
            B: ("Yes, that's why I'm asking.", "Very much.", "Yes, definitely."),
        },
        "",
    ),
    (
        "Do you have other offers?",
        {
            F: (
                "I do have another offer, so I would like to be clear about this one.",
                "There is another offer, yes, but this is the role I would like to make work.",
                "Yes, I have one other offer, and I would rather be open with you about it.",
            ),
            W: (
                "I do have another one, so I'd like to be clear on this.",
                "I do, but this is the one I'd love to make work.",
                "I have one other, yes. I'd rather be upfront about that.",
            ),
            B: ("Yes, one.", "I do, yes.", "I have one other, yes."),
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
                "I would like to weigh everything carefully before I commit.",
            ),
            W: (
                "I just want to give it proper thought, so my answer is one I can stand by.",
                "It's a big decision, and I want to get it right.",
                "I want to make sure I'm giving it the thought it deserves.",
            ),
            B: ("I want to be sure.", "It's a big decision.", "I'd like to think it through."),
        },
        "",
    ),
    (
        "When will you decide?",
        {
            F: (
                "By {until} at the latest, and sooner if I can.",
                "You will have my answer by {until}.",
                "I will let you know by {until}, if not before.",
            ),
            W: (
                "By {until} at the latest, and sooner if I can.",
                "You'll hear from me by {until}, I promise.",
                "I'll come back to you by {until}, maybe sooner.",
            ),
            B: ("By {until}.", "{until_cap} at the latest.", "No later than {until}."),
        },
        "",
    ),
    (
        "Would more money help?",
        {
            F: (
                "That is kind of you. For now I simply need a few days to think it over.",
                "I appreciate it, but what I need is a little time.",
                "Thank you, but it is time I need, not a different offer.",
            ),
            W: (
                "That's kind. For now I just need a few days to think it over.",
                "Thanks, but really I just need a bit of time.",
                "You're kind to ask, but it's really just a little breathing space I need.",
            ),
            B: ("Thanks, but I just need a few days.", "I just need time.", "No need. Just time."),
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
                "I believe I have everything I need, thank you, but I will be in touch if not.",
            ),
            W: (
                "Not right now, thanks. If anything comes up, I'll ask you straight away.",
                "Maybe one or two things: I'll drop you an email if so.",
                "I think I have what I need, thank you. I'll shout if that changes.",
            ),
            B: ("Not right now, thanks.", "I'll email if so.", "I think I'm fine, thanks."),
        },
        "",
    ),
    (
        "Could you decide sooner?",
        {
            F: (
                "I will do my best, and I will tell you as soon as I know.",
                "If I can, I will; you will hear from me the moment I decide.",
                "I would rather take the time to get it right, but I will not keep you waiting "
                "longer than I need to.",
            ),
            W: (
                "I'll do my best, and I'll tell you as soon as I know.",
                "If I can, definitely. You'll be the first to know.",
                "I'd rather not rush it, but I'll let you know the moment I'm ready.",
            ),
            B: ("I'll try.", "If I can, yes.", "I'd rather not rush, but I'll be quick."),
        },
        "",
    ),
    (
        "Do you have another offer?",
        {
            F: (
                "I do, and I would like to weigh them both properly.",
                "There is another offer, yes, and I want to be fair to both.",
                "I am weighing another opportunity, yes, and I want to give both the care they "
                "deserve.",
            ),
            W: (
                "I do, and I want to weigh them up properly.",
                "I do, yes, so I'd like to be fair to both.",
                "There's another one on the table, yes, so I want to think about both properly.",
            ),
            B: ("I do, yes.", "Yes, one.", "I do, and I'm weighing both."),
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
                "I would value it greatly. It would help me prepare for future interviews.",
            ),
            W: (
                "Yes please, anything you can share would really help.",
                "I'd love that, thank you.",
                "Oh, that would be so helpful, thank you!",
            ),
            B: ("Yes, please.", "Yes, thanks.", "I'd appreciate that."),
        },
        "",
    ),
    (
        "Would you like us to keep your details on file?",
        {
            F: (
                "Yes, please. I would welcome hearing about future roles.",
                "Certainly, thank you.",
                "Please do. I would be glad to be considered for future openings.",
            ),
            W: (
                "Yes please, I'd love to hear about future roles.",
                "Definitely, thanks.",
                "Please do! I'd be delighted to hear from you again.",
            ),
            B: ("Yes, please.", "Yes, thanks.", "Please do."),
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
                (
                    "{if_part_time}It would, and I would be open to part-time or contract work as "
                    "well.",
                    "It would, very much.",
                ),
            ),
            W: (
                (
                    "{if_part_time}Yes, definitely, and part-time or contract work too.",
                    "Yes, definitely.",
                ),
                ("I'd love that. Please do get in touch.",),
                (
                    "{if_part_time}It really would, whether full-time, part-time or contract.",
                    "It really would!",
                ),
            ),
            B: (
                ("{if_part_time}Yes, part-time or contract too.", "Yes."),
                ("Yes, gladly.",),
                ("{if_part_time}Definitely, contract or part-time included.", "Definitely."),
            ),
        },
        "",
    ),
    (
        "Are you still looking?",
        {
            F: (
                "I am, so I would be glad to hear of anything suitable.",
                "Yes, I am still looking.",
                "Yes, actively. I would welcome hearing from you if something suitable comes up.",
            ),
            W: (
                "I am, so do let me know if anything comes up.",
                "Yes, still looking!",
                "Yes, very much so, and I'd be glad to hear from you again.",
            ),
            B: ("Yes, I am.", "Still looking, yes.", "I am, yes."),
        },
        "",
    ),
    (
        "Do you have any questions for us?",
        {
            F: (
                "Just one: is there anything I could work on for next time?",
                "Only whether there is anything I might do differently next time.",
                "Only one: what would have made my application stronger?",
            ),
            W: (
                "Just one: is there anything I could work on for next time?",
                "Only what I could do better next time, if you have a moment.",
                "Just one, really: what tipped the decision, if you're able to share?",
            ),
            B: (
                "Just what I could improve.",
                "Only what to work on next time.",
                "Only what would have strengthened my application.",
            ),
        },
        "",
    ),
)

MINIMAL = (
    (
        "Can I ask why?",
        {
            F: (
                "I would rather not go into it. Thank you.",
                "I prefer not to say. Thank you.",
                "It is a personal decision, thank you.",
            ),
            W: (
                "I'd rather not go into it, thanks.",
                "I'd prefer not to say, thanks.",
                "It's a personal decision, thanks.",
            ),
            B: ("I'd rather not say.", "I'd prefer not to.", "It's personal."),
        },
        "",
    ),
    (
        "Could you send us your CV or some documents?",
        {
            F: (
                "No, thank you.",
                "I will not be sending any documents, thank you.",
                "No. I have decided not to take this further.",
            ),
            W: ("No, thank you.", "No, thanks.", "I'll pass, thanks."),
            B: ("No, thanks.", "No.", "I'll pass."),
        },
        "",
    ),
    (
        "Could you confirm a few personal details?",
        {
            F: (
                "No. I will not be sharing any personal details.",
                "I will not share personal details, thank you.",
                "I am not willing to share personal details.",
            ),
            W: (
                "No, I won't be sharing any personal details.",
                "I'd rather not share personal details.",
                "I'll keep those to myself, thanks.",
            ),
            B: ("No.", "No, thanks.", "I won't, thanks."),
        },
        "",
    ),
    (
        "Can we arrange a call?",
        {
            F: (
                "No, thank you. I have made my decision.",
                "That won't be necessary, thank you.",
                "No, thank you. My answer will not change.",
            ),
            W: (
                "No, thanks. I've made my decision.",
                "No need, thanks.",
                "No, I've given my answer.",
            ),
            B: ("No, thanks.", "No need.", "Not needed."),
        },
        "",
    ),
    (
        "Would another role interest you?",
        {
            F: (
                "No, thank you.",
                "No, thank you. My answer is the same.",
                "I will decline, thank you.",
            ),
            W: ("No, thanks.", "No, thank you.", "Not for me, thanks."),
            B: ("No.", "No, thanks.", "Not for me."),
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
