/**
 * Training language models (and later classifiers) the ULMFiT way, on DJL's PyTorch engine.
 *
 * <p>{@link humeur.lm.train.LanguageModelTrainer} runs the loop over {@link humeur.lm.data.LanguageModelBatches}
 * with DJL's {@code Trainer}; every variation is a {@link humeur.lm.train.TrainingCallback}: schedules
 * ({@link humeur.lm.train.OneCycleSchedule}, {@link humeur.lm.train.SlantedTriangularSchedule}),
 * {@link humeur.lm.train.GradientClipping}, {@link humeur.lm.train.DivergenceGuard},
 * {@link humeur.lm.train.Validation}, {@link humeur.lm.train.GradualUnfreezing},
 * {@link humeur.lm.train.ProgressBarListener}, {@link humeur.lm.train.PeriodicCheckpoints} and
 * {@link humeur.lm.train.Interruption}. {@link humeur.lm.train.GroupedAdam} is the optimiser: Adam with a learning
 * rate per layer group and frozen groups. Models meet {@link humeur.lm.train.TrainableModel}; the language model
 * through {@link humeur.lm.train.TrainableLanguageModel}.
 *
 * <p>A run resumed from a checkpoint reproduces the uninterrupted run exactly: weights, Adam moments and step
 * counts, the step (the schedules' position and the seed of each step's random draws), the data position and the
 * model's carried state are all saved.
 */
package humeur.lm.train;
