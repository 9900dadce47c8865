/* The built-in lexicon (data/lexicon.txt, built by scripts/build-lexicon)
 * embedded as read-only bytes between banmian_lexicon_data and
 * banmian_lexicon_data_end (which is followed by a NUL byte that is not part
 * of the data). The build passes -I<source>/data so that .incbin finds the
 * file and lists the file as a dependency of this object.
 *
 * The file assembles as a .S file and also compiles as C (CMake passes
 * "-x c" to sources whose LANGUAGE is C), where the same directives go
 * through a top-level asm statement. */
#if defined(__ASSEMBLER__)
    .section .rodata.banmian_lexicon,"a",@progbits
    .balign 16
    .globl banmian_lexicon_data
    .hidden banmian_lexicon_data
    .type banmian_lexicon_data, @object
banmian_lexicon_data:
    .incbin "lexicon.txt"
    .globl banmian_lexicon_data_end
    .hidden banmian_lexicon_data_end
    .type banmian_lexicon_data_end, @object
banmian_lexicon_data_end:
    .byte 0
    .size banmian_lexicon_data, banmian_lexicon_data_end - banmian_lexicon_data
    .size banmian_lexicon_data_end, 1
    .section .note.GNU-stack,"",@progbits
#else
__asm__(
    ".pushsection .rodata.banmian_lexicon,\"a\",@progbits\n"
    ".balign 16\n"
    ".globl banmian_lexicon_data\n"
    ".hidden banmian_lexicon_data\n"
    ".type banmian_lexicon_data, @object\n"
    "banmian_lexicon_data:\n"
    ".incbin \"lexicon.txt\"\n"
    ".globl banmian_lexicon_data_end\n"
    ".hidden banmian_lexicon_data_end\n"
    ".type banmian_lexicon_data_end, @object\n"
    "banmian_lexicon_data_end:\n"
    ".byte 0\n"
    ".size banmian_lexicon_data, banmian_lexicon_data_end - banmian_lexicon_data\n"
    ".size banmian_lexicon_data_end, 1\n"
    ".popsection\n");
#endif
