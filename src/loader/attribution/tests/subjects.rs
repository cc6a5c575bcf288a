//! Which person a cue's subject noun phrase or definite title stands for.

use super::*;

#[test]
fn a_title_resolves_to_the_person_it_is_attached_to() {
    // The entity finder may take the diocese's place name for a person.
    let specs: &[Spec] = &[("Ana Ruiz", P, &[]), ("Tarija", P, &[])];
    let text = "The first objection came from Ana Ruiz, bishop of the Diocese of Tarija.\n\n\
                “Life begins at conception,” the bishop said.";
    assert_eq!(speakers(text, specs), [some("Ana Ruiz")]);
}

#[test]
fn the_head_of_a_long_subject_is_the_name_before_the_verb() {
    let specs: &[Spec] = &[("Unity", P, &[]), ("Jane Roe", P, &["Roe"])];
    let text = "City deputy and Unity member Jane Roe weighed in, calling it “a farce” \
                that “insults every voter.”";
    assert_eq!(speakers(text, specs), [some("Jane Roe"), some("Jane Roe")]);
}

#[test]
fn a_title_with_its_country_still_names_the_person() {
    let specs: &[Spec] = &[("Chile", EntityKind::Place, &[]), ("Ana Ruiz", P, &[])];
    let text = "President of Chile Ana Ruiz will send a bill to congress. \
                The president had called it “a question of dignity”.";
    assert_eq!(speakers(text, specs), [some("Ana Ruiz")]);
}
