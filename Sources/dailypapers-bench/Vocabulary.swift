/// The words synthetic digests are made of. Written for the benchmark (not taken from any
/// digest): common machine-learning terms in Korean and English, names, and the few
/// words the measured queries look for, at frequencies that give those queries a
/// realistic number of hits.
enum Vocabulary {
    /// Korean nouns, most frequent first (the writer draws them Zipf-like).
    static let koreanNouns: [String] = [
        "모델", "데이터", "성능", "방법", "학습", "언어", "추론", "생성", "연구", "결과",
        "이미지", "평가", "구조", "텍스트", "정확도", "벤치마크", "비디오", "효율성", "훈련", "작업",
        "프레임워크", "토큰", "표현", "데이터셋", "접근법", "능력", "문제", "시스템", "품질", "비용",
        "메모리", "속도", "에이전트", "멀티모달", "인코더", "디코더", "확산", "최적화", "계산", "파라미터",
        "정보", "지식", "검색", "질문", "답변", "수학", "코드", "로봇", "제어", "시각",
        "음성", "오디오", "장면", "객체", "분할", "탐지", "정렬", "인간", "선호도", "피드백",
        "안전성", "편향", "환각", "문맥", "주의", "레이어", "가중치", "양자화", "압축", "증류",
        "전문가", "라우팅", "합성", "샘플", "노이즈", "스케일링", "법칙", "일반화", "프롬프트", "지시",
        "튜닝", "보상", "정책", "궤적", "시뮬레이션", "환경", "그래프", "시계열", "의료", "번역",
        "요약", "대화", "사용자", "인터페이스", "문서", "차트", "수식", "증명", "해상도", "영상",
        "네트워크", "아키텍처", "손실", "함수", "분포", "확률", "변환", "임베딩", "어휘", "문장",
        "단어", "문단", "사전", "실험", "분석", "설계", "기법", "모듈", "단계", "과정",
        "한계", "가능성", "효과", "개선", "향상", "도전", "과제", "영역", "분야", "응용",
        "상태", "공간", "시간", "길이", "크기", "규모", "범위", "수준", "기준", "지표",
        "게임", "웹", "화면", "클릭", "도구", "호출", "계획", "기억", "반성", "협업",
    ]

    static let particles: [String] = [
        "의", "을", "를", "은", "는", "이", "가", "에서", "으로", "와", "과", "도", "에", "에 대한", "을 통해", "에 비해",
    ]

    static let adjectives: [String] = [
        "대규모", "새로운", "기존의", "다양한", "효과적인", "복잡한", "강력한", "간단한", "효율적인", "정교한",
        "일관된", "높은", "낮은", "긴", "짧은", "우수한", "최신", "전반적인", "구체적인", "체계적인",
    ]

    static let endings: [String] = [
        "제안합니다.", "보여줍니다.", "달성했습니다.", "향상시켰습니다.", "소개합니다.", "입증합니다.",
        "개선합니다.", "능가합니다.", "분석했습니다.", "설계되었습니다.", "활용합니다.", "가능하게 합니다.",
        "줄였습니다.", "확인했습니다.", "공개합니다.", "검증하였습니다.",
    ]

    /// English terms as summaries mix them in, with the measured ones among them.
    static let englishTerms: [String] = [
        "LLM", "model", "Transformer", "benchmark", "agent", "reasoning", "token", "attention",
        "retrieval", "RLHF", "LoRA", "MoE", "vision", "audio", "3D", "robot", "GPT-4", "Llama",
        "fine-tuning", "zero-shot", "in-context learning", "chain-of-thought", "embedding", "encoder",
        "decoder", "latent", "sampling", "distillation", "video", "quantization", "pruning",
        "scaling law", "alignment", "preference", "reward model", "policy", "CLIP", "ViT", "U-Net",
        "Mamba", "SSM", "KV cache", "diffusion", "speculative decoding", "mixture-of-experts",
        "tokenizer", "multimodal", "state space", "dataset", "pretraining", "SOTA", "open-source",
        "GitHub", "API", "RAG", "DPO", "PPO", "NeRF", "Gaussian splatting", "ControlNet",
    ]

    /// Title words, capitalised as English titles are.
    static let titleWords: [String] = [
        "Models", "Language", "Large", "Learning", "Generation", "Efficient",
        "Towards", "Scaling", "Multimodal", "Reasoning", "Agents", "Benchmark", "Transformers",
        "Vision", "Image", "Text", "Retrieval", "Augmented", "Alignment", "Preference", "Optimization",
        "State", "Space", "Attention", "Long", "Context", "Tokens", "Sparse", "Mixture", "Experts",
        "Reinforcement", "Feedback", "Human", "Robot", "Control", "Planning", "Open", "World",
        "Synthesis", "3D", "Scene", "Understanding", "Editing", "Controllable", "High-Resolution",
        "Fast", "Inference", "Decoding", "Speculative", "Self-Supervised", "Zero-Shot", "Instruction",
        "Tuning", "Data", "Quality", "Evaluation", "Code", "Mathematical", "Audio", "Speech", "Music",
        "Graph", "Neural", "Networks", "Memory", "Compression", "Quantization", "Distillation", "Unified",
        "Framework", "Approach", "Method", "Study", "Survey", "Analysis", "Robust", "Safe", "Aligned",
        "Latent", "Consistency", "Flow", "Matching", "Autoregressive", "Masked", "Contrastive",
        "Diffusion", "Video", "Hierarchical", "Adaptive", "Dynamic", "Interactive", "Generalist",
    ]

    static let titleLinks = ["for", "with", "via", "of", "in", "and", "on", "from", "through", "without"]

    static let firstNames: [String] = [
        "Wei", "Jun", "Yu", "Xin", "Hao", "Jian", "Li", "Ming", "Yang", "Lei", "Min-jun", "Seo-yeon",
        "Ji-hoon", "Hyun", "Sung", "Daniel", "Sarah", "Michael", "Emily", "David", "Anna", "James",
        "Maria", "Thomas", "Laura", "Kenji", "Yuki", "Hiroshi", "Priya", "Arjun", "Ravi", "Omar",
        "Fatima", "Lucas", "Sofia", "Mateo", "Elena", "Ivan", "Olga", "Noah", "Chloe", "Pierre",
    ]

    static let surnames: [String] = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Smith", "Johnson", "Brown", "Garcia", "Miller",
        "Nguyen", "Tanaka", "Suzuki", "Sato", "Patel", "Singh", "Kumar", "Müller", "Schmidt",
        "Dubois", "Rossi", "Ivanov", "O'Brien", "D'Angelo", "Cheng", "Lin", "He", "Ma", "Gao",
    ]

    static let rareLabels = [
        "Motivation", "Limitations", "Dataset", "Key Insight", "Applications", "Future Work",
        "Method Overview", "Ablation", "Results",
    ]
    static let mainLabels = ["What's New", "Technical Details", "Performance Highlights"]
}
