// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/decision_captured_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for DecisionCaptured events.","properties":{"chosen_option":{"description":"Selected option","minLength":1,"title":"Chosen Option","type":"string"},"decision_id":{"description":"Unique decision identifier","minLength":1,"title":"Decision Id","type":"string"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"participant_id":{"description":"Decision author","minLength":1,"title":"Participant Id","type":"string"},"rationale":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Reasoning for the decision","title":"Rationale"},"referenced_warning_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Warning that prompted this decision","title":"Referenced Warning Id"},"topic":{"description":"Decision topic/question","minLength":1,"title":"Topic","type":"string"}},"required":["participant_id","mission_id","decision_id","topic","chosen_option"],"title":"DecisionCapturedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func70 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/decision_captured_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.participant_id === undefined) || (!(func0.call(data, "participant_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_id"},message:"must have required property '"+"participant_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.decision_id === undefined) || (!(func0.call(data, "decision_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision_id"},message:"must have required property '"+"decision_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.topic === undefined) || (!(func0.call(data, "topic")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "topic"},message:"must have required property '"+"topic"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.chosen_option === undefined) || (!(func0.call(data, "chosen_option")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chosen_option"},message:"must have required property '"+"chosen_option"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.chosen_option !== undefined && func0.call(data, "chosen_option")){
let data0 = data.chosen_option;
if(typeof data0 === "string"){
if(func70(data0) < 1){
const err5 = {instancePath:instancePath+"/chosen_option",schemaPath:"#/properties/chosen_option/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.chosen_option,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/chosen_option",schemaPath:"#/properties/chosen_option/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.chosen_option.type,parentSchema:schema31.properties.chosen_option,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.decision_id !== undefined && func0.call(data, "decision_id")){
let data1 = data.decision_id;
if(typeof data1 === "string"){
if(func70(data1) < 1){
const err7 = {instancePath:instancePath+"/decision_id",schemaPath:"#/properties/decision_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.decision_id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/decision_id",schemaPath:"#/properties/decision_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.decision_id.type,parentSchema:schema31.properties.decision_id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data2 = data.mission_id;
if(typeof data2 === "string"){
if(func70(data2) < 1){
const err9 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.participant_id !== undefined && func0.call(data, "participant_id")){
let data3 = data.participant_id;
if(typeof data3 === "string"){
if(func70(data3) < 1){
const err11 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.participant_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_id.type,parentSchema:schema31.properties.participant_id,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.rationale !== undefined && func0.call(data, "rationale")){
let data4 = data.rationale;
const _errs11 = errors;
let valid1 = false;
const _errs12 = errors;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/rationale",schemaPath:"#/properties/rationale/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.rationale.anyOf[0].type,parentSchema:schema31.properties.rationale.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
const _errs14 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/rationale",schemaPath:"#/properties/rationale/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.rationale.anyOf[1].type,parentSchema:schema31.properties.rationale.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err15 = {instancePath:instancePath+"/rationale",schemaPath:"#/properties/rationale/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.rationale.anyOf,parentSchema:schema31.properties.rationale,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.referenced_warning_id !== undefined && func0.call(data, "referenced_warning_id")){
let data5 = data.referenced_warning_id;
const _errs17 = errors;
let valid2 = false;
const _errs18 = errors;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/referenced_warning_id",schemaPath:"#/properties/referenced_warning_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.referenced_warning_id.anyOf[0].type,parentSchema:schema31.properties.referenced_warning_id.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid2 = valid2 || _valid1;
const _errs20 = errors;
if(data5 !== null){
const err17 = {instancePath:instancePath+"/referenced_warning_id",schemaPath:"#/properties/referenced_warning_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.referenced_warning_id.anyOf[1].type,parentSchema:schema31.properties.referenced_warning_id.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err18 = {instancePath:instancePath+"/referenced_warning_id",schemaPath:"#/properties/referenced_warning_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.referenced_warning_id.anyOf,parentSchema:schema31.properties.referenced_warning_id,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.topic !== undefined && func0.call(data, "topic")){
let data6 = data.topic;
if(typeof data6 === "string"){
if(func70(data6) < 1){
const err19 = {instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.topic,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.topic.type,parentSchema:schema31.properties.topic,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"chosen_option":true,"decision_id":true,"mission_id":true,"participant_id":true,"rationale":true,"referenced_warning_id":true,"topic":true},"dynamicProps":false,"dynamicItems":false};
