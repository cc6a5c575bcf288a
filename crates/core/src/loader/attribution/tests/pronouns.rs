//! `he`/`she` resolved to the paragraph's subject rather than the first
//! name it happens to mention.

use super::*;

#[test]
fn she_is_the_subject_who_spoke_not_the_outlet_named_first() {
    // The outlet's name looks like a person's to the entity finder.
    let specs: &[Spec] = &[("Vogue", P, &[]), ("Ana Ruiz", P, &["Ruiz"])];
    let text = "Speaking to Vogue, designer Ana Ruiz said the show had been \
                cancelled. She went on to say, “We will be back next spring, \
                with a bigger tent.”";
    assert_eq!(speakers(text, specs), [some("Ana Ruiz")]);
}

#[test]
fn he_is_the_name_that_opens_the_sentence_before() {
    let specs: &[Spec] = &[("Tom Hale", P, &[]), ("Lee Park", P, &[])];
    let text = "Critics praised Tom Hale for the rescue. Lee Park, the fire chief, \
                ordered a review. Later he told reporters: “Nobody here will cut \
                corners again, not on my watch.”";
    assert_eq!(speakers(text, specs), [some("Lee Park")]);
}

#[test]
fn an_unnamed_subject_blocks_an_older_speaker() {
    let specs: &[Spec] = &[("Port Authority", O, &[]), ("Tom Hale", P, &["Hale"])];
    let text = "“The pier is safe,” the Port Authority said.\n\n\
                The ministry of transport said on Monday that ferries would stop. \
                “The risk is too high,” it said.\n\n\
                “We will reopen,” Hale said. A police spokeswoman told reporters the \
                road was shut. “Nobody was hurt,” she said.";
    assert_eq!(
        speakers(text, specs),
        [some("Port Authority"), None, some("Tom Hale"), None]
    );
}

#[test]
fn a_company_by_its_legal_form_is_it() {
    // The name finder took the company for a person.
    let specs: &[Spec] = &[("Port Authority", O, &[]), ("Acme Corp", P, &[])];
    let text = "“The pier is safe,” the Port Authority said.\n\n\
                Acme Corp said it “deeply regrets” the outage. \
                “Our engineers worked through the night,” the company said.";
    assert_eq!(
        speakers(text, specs),
        [some("Port Authority"), some("Acme Corp"), some("Acme Corp")]
    );
}

#[test]
fn a_quote_paragraph_after_one_that_introduces_someone() {
    let specs: &[Spec] = &[("Ana Ruiz", P, &["Ruiz"]), ("Tom Hale", P, &["Hale"])];
    let text = "Mayor Ana Ruiz won a second term on Sunday, beating Tom Hale.\n\n\
                “This city chose hope tonight,” she told supporters.";
    assert_eq!(speakers(text, specs), [some("Ana Ruiz")]);
}

#[test]
fn she_does_not_go_to_someone_already_called_he() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"]), ("Rita Moss", P, &[])];
    let text = "Tom Hale spoke first. “We lost,” he said.\n\n\
                Rita Moss's aides said on Friday she was weighing a run.\n\n\
                “I need time,” she said.";
    // The entity finder missed `Rita Moss's`: better no speaker than Hale.
    let specs_missing: &[Spec] = &specs[..1];
    assert_eq!(speakers(text, specs_missing), [some("Tom Hale"), None]);
    assert_eq!(speakers(text, specs), [some("Tom Hale"), some("Rita Moss")]);
}

#[test]
fn an_unknown_subject_blocks_the_last_speaker() {
    let specs: &[Spec] = &[("Rita Moss", P, &["Moss"])];
    let text = "“We will see,” Rita Moss said.\n\n\
                Pelham criticized the plan on Monday. “It is a disgrace,” she said.";
    // The bare name opening the sentence before is the one she stands for.
    assert_eq!(speakers(text, specs), [some("Rita Moss"), some("Pelham")]);
}

#[test]
fn a_surname_taken_for_a_company_is_still_he() {
    // The name finder reads the bare surname as the company of that name.
    let specs: &[Spec] = &[
        ("Henry Ford", P, &[]),
        ("Ford", O, &[]),
        ("Tom Hale", P, &[]),
    ];
    let text = "Industrialist Henry Ford spoke on Monday.\n\n\
                Ford praised Tom Hale in a speech. “He built this town,” he said.";
    assert_eq!(speakers(text, specs), [some("Henry Ford")]);
}

#[test]
fn a_pronoun_subject_before_saying() {
    let specs: &[Spec] = &[("Rita Moss", P, &["Moss"]), ("Tom Hale", P, &["Hale"])];
    let text = "“We won,” Tom Hale said.\n\n\
                Rita Moss did not concede. She spoke instead about the floods, \
                saying “we must act boldly”.";
    assert_eq!(speakers(text, specs), [some("Tom Hale"), some("Rita Moss")]);
    // The entity finder missed her: no speaker rather than the last one.
    let text = "“We won,” Tom Hale said.\n\n\
                Pelham did not concede. He spoke instead about the floods, \
                saying “we must act boldly”.";
    assert_eq!(speakers(text, specs), [some("Tom Hale"), None]);
}

#[test]
fn a_later_subject_wins_over_the_last_speaker() {
    let specs: &[Spec] = &[("Rita Moss", P, &["Moss"]), ("Tom Hale", P, &["Hale"])];
    let text = "“We will win,” Rita Moss said. Tom Hale disagreed. “We will lose,” he said.";
    assert_eq!(speakers(text, specs), [some("Rita Moss"), some("Tom Hale")]);
    // An object is no subject: `Moss met Hale.` keeps Moss.
    let text = "“We will win,” Rita Moss said after she met Tom Hale. “He agrees,” she said.";
    assert_eq!(
        speakers(text, specs),
        [some("Rita Moss"), some("Rita Moss")]
    );
}

#[test]
fn role_nouns_and_unknown_names_block_an_older_speaker() {
    let specs: &[Spec] = &[("Tom Hale", P, &[]), ("Rita Moss", P, &[])];
    let text = "“We will win,” Tom Hale said.\n\n\
                The president also attacked the press. “They lie,” he said.\n\n\
                Pelham, speaking in Leeds, said he would sign. “I will,” he said.";
    assert_eq!(speakers(text, specs), [some("Tom Hale"), None, None]);
}

#[test]
fn a_bare_surname_of_a_known_person_is_the_subject() {
    // The finder knows `Tom Hale` but missed the later bare `Hale`.
    let specs: &[Spec] = &[("Tom Hale", P, &[]), ("Rita Moss", P, &["Moss"])];
    let text = "Rita Moss met Treasury chief Tom Hale on Monday.\n\n\
                “We are close,” Moss said. Hale told reporters the talks went well. \
                “We are very optimistic,” he said.";
    let got = speakers(text, specs);
    assert_eq!(got, [some("Rita Moss"), some("Tom Hale")]);
}

#[test]
fn a_pronoun_after_a_speaker_named_in_reported_speech() {
    // Nobody is known to the entity finder: `Hale` is found by the cue.
    let specs: &[Spec] = &[("Rita Moss", P, &[])];
    let text = "“We lost,” Rita Moss said.\n\n\
                Hale, speaking in Leeds, said the result was “a good night”. \
                He added: “We are close to the nomination now.”";
    assert_eq!(
        speakers(text, specs),
        [some("Rita Moss"), some("Hale"), some("Hale")]
    );
}

#[test]
fn a_group_opening_the_sentence_does_not_hide_the_person_she_stands_for() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "The plan works because of its money, said Jane Roe, the director. \
                Others are “having to be leaner,” she said.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
}

#[test]
fn a_pronoun_passes_over_a_person_whose_given_name_is_of_the_other_kind() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"]), ("Tom Hale", P, &["Hale"])];
    let text = "Jane Roe runs a shop. Tom Hale owns the one next door.\n\n\
                “We lost money,” she said.";
    assert_eq!(speakers(text, specs), [some("Jane Roe")]);
    let text = "Tom Hale runs a shop. Jane Roe owns the one next door.\n\n\
                “We lost money,” he said.";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
}

#[test]
fn a_courtesy_title_tells_a_pronoun_who_cannot_be_meant() {
    let specs: &[Spec] = &[
        ("Lee Park", P, &["Mrs. Park"]),
        ("Kim Dorn", P, &["Mr. Dorn"]),
    ];
    let text = "Mrs. Park runs a shop.\n\n“We won,” said Mr. Dorn.\n\n\
                “We lost money,” she said.";
    assert_eq!(speakers(text, specs), [some("Kim Dorn"), some("Lee Park")]);
}

#[test]
fn a_sentence_opened_by_nor_or_none_has_no_unknown_subject() {
    let specs: &[Spec] = &[("Tom Hale", P, &["Hale"])];
    // `Nor` and `None` open sentences; they are no one `he` could be.
    let text = "Nor are tariffs likely to help, said Tom Hale, a professor. \
                “We have no silver bullets,” he said.";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
    let text = "It’s the first time, said Tom Hale, a director. None has offered plans. \
                “It makes this a national conversation,” he said.";
    assert_eq!(speakers(text, specs), [some("Tom Hale")]);
}

#[test]
fn a_plural_noun_opening_a_sentence_is_no_unknown_speaker() {
    let specs: &[Spec] = &[("Jane Roe", P, &["Roe"])];
    let text = "“We like to break news,” said Roe. Things have changed over the years, \
                she says. “You can wreck a career in a minute,” she said.";
    assert_eq!(speakers(text, specs), [some("Jane Roe"), some("Jane Roe")]);
}
